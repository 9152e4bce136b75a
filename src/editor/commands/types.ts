import type { TFunction } from 'i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../../store/editorStore';
import type { DialogStack } from '../dialogs';
import type { Target, TargetKind } from '../target';
import type { BoardView } from '../view';

/** What commands act on: the open board's store, its view, the words, the dialogs. */
export interface Editor {
  store: EditorStore;
  view: BoardView;
  t: TFunction;
  dialogs: StoreApi<DialogStack>;
}

/**
 * One command, whatever starts it: a toolbar button, a key, a canvas button, a menu. `C` is the
 * context it runs in (the editor, or present mode's own).
 */
export interface Command<C = Editor> {
  id: string;
  /** i18n key of the label, which is also the accessible name and the help text. */
  label: string;
  perform(ctx: C, target: Target, e?: KeyboardEvent): void;
  enabled?(ctx: C): boolean;
  /** For a toggle: whether it is on now (shown as a pressed button). */
  pressed?(ctx: C): boolean;
  /**
   * The shortcut (see `kbd.ts`), matched and shown from this one string; per kind of target
   * when the keys differ (a lane header moves along ↑ ↓, a step header along ← →). A command
   * without one is started otherwise (toolbar, canvas buttons, clipboard events).
   */
  kbd?: string | Partial<Record<TargetKind, string>>;
  /** Where a string `kbd` answers (everywhere, without it). */
  on?: readonly TargetKind[];
  /** A condition beyond the key and the target (present mode leaves Space to a focused button). */
  when?(e: KeyboardEvent): boolean;
  /** Shown as a toolbar button. */
  toolbar?: boolean;
  /** A short sign shown on the toolbar button instead of the label (which stays its name and tooltip). */
  icon?: string;
  /** Whether the shortcut also acts while typing in a text field (undo/redo do; card commands don't). */
  inTextFields?: boolean;
  /**
   * The command changes the board: on a view-only board it is not offered (toolbar) and its keys
   * do nothing. `'comments'`: it changes only what this user wrote (undo, redo), which a comment
   * link may: a comment link's undo history holds nothing but its comments.
   */
  edits?: boolean | 'comments';
}
