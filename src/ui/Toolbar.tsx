import { useTranslation } from 'react-i18next';
import { PeopleHere } from './ConnectionStatus';
import { useEditorStore } from '../store/EditorStoreContext';
import { allowedHere, canRun, run, toolbarCommands, type Editor } from '../editor';

/** Toolbar buttons are the command registry rendered; their labels are the accessible names. */
export function Toolbar({ ctx, inert }: { ctx: Editor; inert?: boolean }) {
  const { t } = useTranslation();
  // Re-render when command availability can change (history, selection).
  useEditorStore((s) => s.undoSteps > 0);
  useEditorStore((s) => s.redoSteps > 0);
  useEditorStore((s) => s.selection.length > 0);
  useEditorStore((s) => s.board?.settings?.density);
  useEditorStore((s) => s.analysisOpen);
  useEditorStore((s) => s.backlogOpen);
  // A view-only board offers no editing command at all (not even greyed out); a comment link only undo and redo.
  const readOnly = useEditorStore((s) => s.readOnly);
  const canComment = useEditorStore((s) => s.canComment);
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="toolbar" inert={inert}>
      {toolbarCommands
        .filter((c) => allowedHere(c, { readOnly, canComment }))
        .map((c) => (
          <button
            key={c.id}
            type="button"
            onClick={() => run(ctx, c.id)}
            disabled={!canRun(c, ctx)}
            aria-pressed={c.pressed?.(ctx)}
            aria-label={c.icon ? t(c.label) : undefined}
            title={c.icon ? t(c.label) : undefined}
            className={c.icon ? 'icon-command' : undefined}
          >
            {c.icon ?? t(c.label)}
          </button>
        ))}
      <PeopleHere />
    </div>
  );
}
