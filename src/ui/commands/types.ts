import type { TFunction } from 'i18next';
import type { DeleteRequest } from '../../canvas/StickyHeaders';
import type { BoardView } from '../../canvas/boardView';
import type { EditorStore } from '../../store/editorStore';

export type EditorDialog = 'addLane' | 'export' | 'present' | 'connect' | 'shortcuts' | 'history' | 'saveTemplate' | 'share';

export interface CommandContext {
  store: EditorStore;
  view: BoardView;
  t: TFunction;
  /** Opens one of the editor's dialogs. */
  open(dialog: EditorDialog): void;
  /** Asks before deleting a lane or step that holds cards. */
  confirmDelete(request: DeleteRequest): void;
  /** Opens a connector's label and kind. */
  editConnector(id: string): void;
}

/** What a key was pressed on: the command's subject. */
export type Target =
  | { kind: 'page' }
  /** The board's pane or its cell cursor: the store's cursor cell is the subject. */
  | { kind: 'cell' }
  | { kind: 'card'; id: string }
  | { kind: 'connector'; id: string }
  | { kind: 'header'; header: 'lane' | 'step' | 'stage'; id: string; index: number; name: string };

/**
 * One command, whatever starts it: a toolbar button, a key, a menu. `C` is the context it runs
 * in (the editor's, or present mode's own).
 */
export interface Command<C = CommandContext> {
  id: string;
  /** i18n key of the label, which is also the accessible name and the help text. */
  label: string;
  perform(ctx: C, target: Target, e?: KeyboardEvent): void;
  enabled?(ctx: C): boolean;
  /** For a toggle: whether it is on now (shown as a pressed button). */
  pressed?(ctx: C): boolean;
  /** The key test; a command without one is started otherwise (toolbar, clipboard events). */
  keyTest?(e: KeyboardEvent, target: Target): boolean;
  /** The shortcut as shown in the keyboard help (Mod = Ctrl, or ⌘ on a Mac). */
  keys?: string;
  /** Shown as a toolbar button. */
  toolbar?: boolean;
  /** A short sign shown on the toolbar button instead of the label (which stays its name and tooltip). */
  icon?: string;
  /** Whether the shortcut also acts while typing in a text field (undo/redo do; card commands don't). */
  inTextFields?: boolean;
  /** The command changes the board: on a view-only board it is not offered (toolbar) and its keys do nothing. */
  edits?: boolean;
}

export const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
export const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;

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
      header: header.headerKind as 'lane' | 'step' | 'stage',
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
