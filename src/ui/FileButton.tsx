import { useRef } from 'react';

/**
 * A button that opens the file chooser (a file input is not a button a keyboard user can style
 * or name well): the chosen files go to `onFiles`, and the same file can be chosen again.
 */
export function FileButton({ label, accept, onFiles }: { label: string; accept?: string; onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple
        hidden
        aria-label={label}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          e.target.value = '';
          if (chosen.length) onFiles(chosen);
        }}
      />
    </>
  );
}
