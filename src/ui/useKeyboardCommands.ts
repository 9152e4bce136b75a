import { useEffect } from 'react';
import { isTyping, targetOf, type Command } from './commands/types';

/**
 * The one path from a key to a command: finds the first command whose key test matches what has
 * focus, skips it while the user is typing (unless it acts in text fields), and runs it.
 * Listening in the capture phase, a matched key goes to its command and nowhere else.
 * A modal dialog owns the keyboard, so no board command acts behind it.
 */
export function useKeyboardCommands<C>(commands: readonly Command<C>[], ctx: C | null) {
  useEffect(() => {
    if (!ctx) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const target = targetOf(e.target);
      const typing = isTyping(e.target);
      const command = commands.find((c) => c.keyTest?.(e, target) && (!typing || c.inTextFields));
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      if (!command.enabled || command.enabled(ctx)) command.perform(ctx, target, e);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [commands, ctx]);
}
