import { boardCommands } from './commands/board';
import { gridCommands } from './commands/grid';
import { headerCommands } from './commands/headers';
import type { Command, Editor } from './commands/types';
import { matches } from './kbd';
import { TARGET_KINDS, isTyping, targetKind, type Target, type TargetKind } from './target';

/** Whether a command may be offered with what this link allows (a view or comment link edits nothing of the board). */
export const allowedHere = (c: Pick<Command, 'edits'>, state: { readOnly: boolean; canComment: boolean }) =>
  !c.edits || !state.readOnly || (c.edits === 'comments' && state.canComment);

/** A command that changes the board is unavailable on a view-only board, whatever starts it. */
const guarded = (c: Command): Command =>
  c.edits ? { ...c, enabled: (ctx) => allowedHere(c, ctx.store.getState()) && (c.enabled?.(ctx) ?? true) } : c;

/** Every command of the editor: one registry for the toolbar, the keys, canvas buttons and the help. */
export const commands: readonly Command[] = [...boardCommands, ...gridCommands, ...headerCommands].map(guarded);
export const toolbarCommands = commands.filter((c) => c.toolbar);
const byId = new Map(commands.map((c) => [c.id, c]));

/**
 * Keys the browser delivers as clipboard events (no permission prompt, across tabs), listed here
 * so the keyboard help shows them; `useCardClipboard` performs them.
 */
export const clipboardKeys = [{ id: 'clipboard', kbd: 'Mod+C · Mod+X · Mod+V', label: 'commands.clipboard' }] as const;

/** What a command's shortcut is declared with, whatever context it runs in. */
type Keyed = Pick<Command, 'kbd' | 'on'>;

/** The shortcut a command answers on a kind of target, if any. */
export function kbdOn(c: Keyed, kind: TargetKind): string | undefined {
  if (typeof c.kbd === 'string') return !c.on || c.on.includes(kind) ? c.kbd : undefined;
  return c.kbd?.[kind];
}

/** A command's shortcut as the help shows it: each distinct one, once. */
export function kbdShown(c: Keyed): string | undefined {
  if (typeof c.kbd !== 'object') return c.kbd;
  return [...new Set(TARGET_KINDS.map((k) => c.kbd && (c.kbd as Record<string, string>)[k]).filter(Boolean))].join(' · ');
}

/** The command a key press starts, if any: the one whose shortcut on that target matches. */
export function commandForKey<C>(list: readonly Command<C>[], e: KeyboardEvent, target: Target): Command<C> | undefined {
  const typing = isTyping(e.target);
  const kind = targetKind(target);
  return list.find((c) => {
    const kbd = kbdOn(c, kind);
    return kbd && matches(kbd, e) && (!typing || c.inTextFields) && (c.when?.(e) ?? true);
  });
}

/** Whether a command can run now (a view-only board refuses editing ones). */
export const canRun = <C>(c: Command<C>, ctx: C) => c.enabled?.(ctx) ?? true;

/**
 * Runs a command by id on a target: what a canvas button, a panel or a test calls. A command
 * that cannot run now does nothing.
 */
export function run(editor: Editor, id: string, target: Target = { kind: 'page' }, e?: KeyboardEvent) {
  const c = byId.get(id);
  if (!c) throw new Error(`No command "${id}"`);
  if (canRun(c, editor)) c.perform(editor, target, e);
}
