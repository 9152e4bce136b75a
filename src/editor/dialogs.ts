import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Curve } from '../model';

/** A lane or step that holds cards, to be deleted once the user confirms. */
export type DeleteRequest = { kind: 'lane' | 'step'; id: string; name: string; cards: number };

/**
 * Every dialog of the editor, as data: what to show and about what. Commands, canvas gestures
 * and panels open them through the one stack; the editor page draws each kind.
 */
export type EditorDialog =
  | { kind: 'addLane' | 'export' | 'present' | 'connect' | 'shortcuts' | 'history' | 'saveTemplate' | 'share' | 'createScenario' | 'metrics' }
  /** Leaves the editor for Compare (the page goes there: the editor knows no routes). */
  | { kind: 'compare' }
  | { kind: 'connector'; id: string }
  | { kind: 'emotionNote'; personaId: string; stepId: string; curve: Curve }
  | { kind: 'confirmDelete'; request: DeleteRequest }
  /** Pictures chosen, pasted or dropped onto a card: described, then added. */
  | { kind: 'addImages'; cardId: string; files: readonly File[] }
  | { kind: 'viewImages'; cardId: string; index: number };

export type DialogKind = EditorDialog['kind'];

/**
 * The open dialogs, the last on top (a confirmation over the dialog that asked for it). The
 * native <dialog> keeps focus in the top one and gives it back to its opener as each closes.
 */
export interface DialogStack {
  stack: readonly EditorDialog[];
  open(dialog: EditorDialog): void;
  /** Closes the top dialog of that kind (the top one whatever its kind, without one). */
  close(kind?: DialogKind): void;
  /** Closes the top dialog and opens another in its place (Export → Save as template). */
  replace(dialog: EditorDialog): void;
}

export function createDialogStack(): StoreApi<DialogStack> {
  return createStore<DialogStack>()((set) => ({
    stack: [],
    open: (dialog) => set((s) => ({ stack: [...s.stack, dialog] })),
    close: (kind) =>
      set((s) => {
        const at = kind ? s.stack.findLastIndex((d) => d.kind === kind) : s.stack.length - 1;
        return at < 0 ? s : { stack: s.stack.toSpliced(at, 1) };
      }),
    replace: (dialog) => set((s) => ({ stack: [...s.stack.slice(0, -1), dialog] })),
  }));
}

/** The top dialog of a kind, typed as that kind, if it is open. */
export function openDialog<K extends DialogKind>(stack: readonly EditorDialog[], kind: K): Extract<EditorDialog, { kind: K }> | undefined {
  return stack.findLast((d): d is Extract<EditorDialog, { kind: K }> => d.kind === kind);
}
