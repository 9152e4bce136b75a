import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { editorStore } from '../store/editorStore';
import { commands } from './commands';

/** Keyboard shortcuts from the command registry (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y …), active while the editor is open. */
export function useCommandShortcuts() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = commands.find((c) => c.keyTest?.(e));
      if (!command) return;
      const target = e.target as HTMLElement;
      // Plain-key shortcuts must not fire while typing; modifier shortcuts (undo/redo) work everywhere.
      if (!(e.ctrlKey || e.metaKey) && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      const ctx = { store: editorStore, flow, t };
      if (!command.enabled || command.enabled(ctx)) command.perform(ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow, t]);
}
