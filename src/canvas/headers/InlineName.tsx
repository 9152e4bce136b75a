import { useRef } from 'react';

/**
 * A name that turns into a text field for renaming (double-click or Enter/F2 on its header).
 * Each keystroke is an op in one undo burst; Escape restores the name it started with.
 */
export function InlineName({
  name,
  label,
  editing,
  onEditingChange,
  onRename,
  onEndBurst,
}: {
  name: string;
  label: string;
  editing: boolean;
  onEditingChange(editing: boolean): void;
  onRename(name: string): void;
  onEndBurst(): void;
}) {
  const original = useRef(name);
  if (!editing) return <span className="header-name">{name}</span>;
  const finish = (e: { currentTarget: HTMLInputElement }, keepFocus: boolean) => {
    // Renamed by keyboard: focus goes back to the header, never to the page.
    const header = keepFocus ? e.currentTarget.closest<HTMLElement>('[data-header-id]') : null;
    onEndBurst();
    onEditingChange(false);
    header?.focus();
  };
  return (
    <input
      className="header-input nodrag"
      aria-label={label}
      value={name}
      autoFocus
      onFocus={(e) => {
        original.current = name;
        e.target.select();
      }}
      onChange={(e) => onRename(e.target.value)}
      onBlur={(e) => finish(e, false)}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(e, true);
        if (e.key === 'Escape') {
          onRename(original.current);
          finish(e, true);
        }
      }}
    />
  );
}
