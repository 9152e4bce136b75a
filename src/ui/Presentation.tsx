import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GEOMETRY, layout } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { showBoard, useBoardView } from '../canvas/boardView';
import { presentCommands, type PresentContext } from './commands';
import { useKeyboardCommands } from './useKeyboardCommands';

/**
 * Presentation mode for workshops: the board alone, full screen, one stage at a time.
 * → / PageDown / Space next stage, ← / PageUp previous, Home the whole board, Esc ends.
 */
export function Presentation({ onExit }: { onExit(): void }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const view = useBoardView();
  const all = useEditorStore((s) => s.board?.stages ?? NONE);
  const steps = useEditorStore((s) => s.board?.steps);
  // Only stages with steps: an empty one (an imported file may have it) has nothing to show.
  const stages = useMemo(() => all.filter((st) => steps?.some((s) => s.stageId === st.id)), [all, steps]);
  const [index, setIndex] = useState(0); // 0 = whole board, 1… = stage

  useEffect(() => {
    const board = store.getState().board;
    if (!board) return;
    const l = layout(board);
    if (index === 0) return showBoard(view, l, 'fit');
    const stage = l.stages.find((s) => s.id === stages[index - 1]?.id);
    const pane = view.pane();
    if (!stage || !pane.width) return;
    const width = stage.width + GEOMETRY.laneHeaderWidth;
    const zoom = Math.min(2, (pane.width - 32) / width, (pane.height - 32) / l.size.height);
    void view.flow.setViewport({ x: (GEOMETRY.laneHeaderWidth - stage.x) * zoom, y: 16, zoom }, { duration: 300 });
  }, [index, stages, view, store]);

  useEffect(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    void document.documentElement.requestFullscreen?.().catch(() => {}); // not allowed everywhere; the mode works without it
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
    };
  }, []);
  const keys = useMemo<PresentContext>(
    () => ({
      go: (delta) => setIndex((i) => Math.max(0, Math.min(stages.length, i + delta))),
      whole: () => setIndex(0),
      exit: onExit,
    }),
    [stages.length, onExit],
  );
  useKeyboardCommands(presentCommands, keys);

  const stage = stages[index - 1];
  return (
    <div className="presentation-bar" aria-live="polite">
      <span>{stage ? t('present.stage', { n: index, total: stages.length, name: stage.name }) : t('present.whole')}</span>
      <span className="hint">{t('present.keys')}</span>
      <button type="button" onClick={onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}

const NONE: never[] = [];
