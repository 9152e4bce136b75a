/** Offers `data` as a pretty-printed JSON file download. */
export function downloadJson(filename: string, data: unknown): void {
  downloadBlob(filename, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}

/** Offers a file for download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** A file name from a title: keeps letters of any script, drops characters file systems reject. */
export function fileName(title: string, extension: string): string {
  const base = title.replace(UNSAFE_IN_FILE_NAMES, ' ').trim().slice(0, 80) || 'board';
  return `${base}.${extension}`;
}
