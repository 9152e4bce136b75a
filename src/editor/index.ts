/**
 * The editor's actions, below the canvas and the panels so that both start them the same way:
 * the command registry with its shortcuts, the dialog stack, where focus goes, how the view moves.
 * No React here: a command runs from a button, a key or a test alike.
 */
export { commands, toolbarCommands, clipboardKeys, commandForKey, canRun, run, kbdOn, kbdShown, allowedHere } from './registry';
export { presentCommands, type PresentContext } from './commands/present';
export type { Command, Editor } from './commands/types';
export { createDialogStack, openDialog, type DeleteRequest, type DialogKind, type DialogStack, type EditorDialog } from './dialogs';
export { headerData, isTyping, targetOf, type HeaderKind, type Target, type TargetKind } from './target';
export { shownKbd } from './kbd';
export { focusCard, focusCellCursor, focusHeader, focusLater } from './focus';
export { revealCard, showBoard, showCard, type BoardView } from './view';
export { createOpportunityFrom, problemTitle } from './opportunity';
