import { useEffect } from 'react';
import { commands, useCommandContext, type CommandContext } from './commands';

/** Keyboard shortcuts from the command registry (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y …), active while the editor is open. */
export function useCommandShortcuts(open: CommandContext['open']) {
  const ctx = useCommandContext(open);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = commands.find((c) => c.keyTest?.(e));
      if (!command) return;
      // A modal dialog owns the keyboard: no board shortcut may act behind it.
      if (document.querySelector('dialog[open]')) return;
      const target = e.target as HTMLElement;
      if (!command.inTextFields && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      if (!command.enabled || command.enabled(ctx)) command.perform(ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}
