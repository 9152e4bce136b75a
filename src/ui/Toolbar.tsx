import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { editorStore, useEditor } from '../store/editorStore';
import { commands, type CommandContext } from './commands';

/** Toolbar buttons are the command registry rendered; their labels are the accessible names. */
export function Toolbar() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  useEditor((s) => s.history); // re-render when undo/redo availability changes
  const ctx: CommandContext = { store: editorStore, flow, t };
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="toolbar">
      {commands.map((c) => (
        <button key={c.id} type="button" onClick={() => c.perform(ctx)} disabled={c.enabled ? !c.enabled(ctx) : false}>
          {t(c.label)}
        </button>
      ))}
    </div>
  );
}
