import { useEffect } from 'react';
import { canRun, commandForKey, targetOf, type Command } from '../editor';

/**
 * The one path from a key to a command: the command whose shortcut matches on what has focus
 * (skipped while the user is typing, unless it acts in text fields) runs. Listening in the
 * capture phase, a matched key goes to its command and nowhere else. A modal dialog owns the
 * keyboard, so no board command acts behind it. A key whose command cannot run now is told to
 * `onRefused` (so the user hears why nothing happened).
 */
export function useKeyboardCommands<C>(commands: readonly Command<C>[], ctx: C | null, onRefused?: (command: Command<C>) => void) {
  useEffect(() => {
    if (!ctx) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const target = targetOf(e.target);
      const command = commandForKey(commands, e, target);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      if (canRun(command, ctx)) command.perform(ctx, target, e);
      else onRefused?.(command);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [commands, ctx, onRefused]);
}
