/** The encodings a text file is read in, named as the preview reports them. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: 'binary' };

/**
 * A text file's bytes as text, whatever a spreadsheet saved it as: a byte-order mark says UTF-8
 * or UTF-16; otherwise UTF-8 when the bytes are valid UTF-8, UTF-16 when every other byte is
 * zero (text saved without its mark), else GB18030 (what Excel saves Chinese CSV as, and a
 * superset of GBK). Bytes that are no text in any of them (an image, a zip) are refused.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (a === 0xff && b === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (a === 0xfe && b === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const sample = bytes.subarray(0, 4096);
  const zeros = (from: number) => {
    let n = 0;
    for (let i = from; i < sample.length; i += 2) if (sample[i] === 0) n++;
    return n / Math.max(1, sample.length / 2);
  };
  if (sample.length >= 4 && zeros(1) > 0.9 && zeros(0) < 0.1) return checked(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (sample.length >= 4 && zeros(0) > 0.9 && zeros(1) < 0.1) return checked(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return checked(new TextDecoder('gb18030').decode(bytes), 'gb18030');
  }
}

/** Text with NUL or many replacement characters is not a text file read right. */
function checked(text: string, encoding: TextEncoding): DecodedText {
  let odd = 0;
  for (let i = 0; i < Math.min(text.length, 8192); i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return { ok: false, reason: 'binary' };
    if (code === 0xfffd) odd++;
  }
  return odd > 8 ? { ok: false, reason: 'binary' } : { ok: true, text, encoding };
}
