import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStoreApi } from '../../store/EditorStoreContext';
import { useBoardView } from '../../canvas/boardView';
import { boardCommands } from './board';
import { gridCommands } from './grid';
import { headerCommands } from './headers';
import type { Command, CommandContext } from './types';

export type { Command, CommandContext, EditorDialog, Target } from './types';
export { presentCommands, type PresentContext } from './present';

/** A command that changes the board is unavailable on a view-only board, whatever starts it. */
const guarded = (c: Command): Command => (c.edits ? { ...c, enabled: (ctx) => !ctx.store.getState().readOnly && (c.enabled?.(ctx) ?? true) } : c);

/** Every command of the editor, in the order keys are matched: one registry for toolbar, keys and help. */
export const commands: readonly Command[] = [...boardCommands, ...gridCommands, ...headerCommands].map(guarded);
export const toolbarCommands = commands.filter((c) => c.toolbar);

/**
 * Keys the browser delivers as clipboard events (no permission prompt, across tabs), listed here
 * so the keyboard help shows them; `useCardClipboard` performs them.
 */
export const clipboardKeys = [{ keys: 'Mod+C · Mod+X · Mod+V', label: 'commands.clipboard' }] as const;

/** The context commands run in, for components inside the editor's React Flow provider. */
export function useCommandContext(actions: Pick<CommandContext, 'open' | 'confirmDelete' | 'editConnector'>): CommandContext {
  const { t } = useTranslation();
  const view = useBoardView();
  const store = useEditorStoreApi();
  const { open, confirmDelete, editConnector } = actions;
  return useMemo(() => ({ store, view, t, open, confirmDelete, editConnector }), [store, view, t, open, confirmDelete, editConnector]);
}
