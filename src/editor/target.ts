/** What a key was pressed on, or a button was about: the command's subject. */
export type Target =
  | { kind: 'page' }
  /** The board's pane or its cell cursor: the store's cursor cell is the subject. */
  | { kind: 'cell' }
  | { kind: 'card'; id: string }
  | { kind: 'connector'; id: string }
  | { kind: 'header'; header: HeaderKind; id: string; index: number; name: string };

export type HeaderKind = 'lane' | 'step' | 'stage';
/** A target's kind, a header's by what it heads: what a shortcut is declared for. */
export type TargetKind = Exclude<Target['kind'], 'header'> | HeaderKind;
export const TARGET_KINDS: readonly TargetKind[] = ['page', 'cell', 'card', 'connector', 'lane', 'step', 'stage'];

export const targetKind = (t: Target): TargetKind => (t.kind === 'header' ? t.header : t.kind);

/** What a header element is, for the commands that act on the focused header. */
export const headerData = (kind: HeaderKind, id: string, index: number, name: string) => ({
  'data-header-kind': kind,
  'data-header-id': id,
  'data-header-index': index,
  'data-header-name': name,
});

/** The one "is the user typing?" check: keys typed into a field or a slider are theirs. */
export function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.getAttribute('role') === 'slider';
}

/** The subject of a key press, read from the element that has focus. */
export function targetOf(el: EventTarget | null): Target {
  if (!(el instanceof Element)) return { kind: 'page' };
  const header = el instanceof HTMLElement ? el.dataset : undefined;
  if (header?.headerId && header.headerKind) {
    return {
      kind: 'header',
      header: header.headerKind as HeaderKind,
      id: header.headerId,
      index: Number(header.headerIndex),
      name: header.headerName ?? '',
    };
  }
  const edge = el.closest('.react-flow__edge')?.getAttribute('data-id');
  if (edge) return { kind: 'connector', id: edge };
  const card = el.closest('.react-flow__node')?.getAttribute('data-id');
  if (card) return { kind: 'card', id: card };
  if (el.closest('.react-flow') && !el.closest('.sticky-headers')) return { kind: 'cell' };
  return { kind: 'page' };
}
