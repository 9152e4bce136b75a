import { useTranslation } from 'react-i18next';
import { GEOMETRY, laneMetric, metricCell, type Board, type Layout } from '../model';
import { metricCellText } from '../i18n/metricText';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * The keyboard's place on the grid when it is on a cell rather than a card: a focusable
 * outline over that cell. Enter adds a card there; arrows move on (handled by the canvas).
 */
export function CellCursor({ board, layout: l }: { board: Board; layout: Layout }) {
  const { t, i18n } = useTranslation();
  const placed = useEditorStore((s) => s.cursor);
  const tabStop = useEditorStore((s) => s.roving === null);
  const store = useEditorStoreApi();
  // Before the keyboard went anywhere, the board's first cell is where Tab enters it.
  const cursor = placed ?? (board.lanes[0] && board.steps[0] ? { laneId: board.lanes[0].id, stepId: board.steps[0].id } : null);
  const lane = l.lanes.find((r) => r.id === cursor?.laneId);
  const step = l.steps.find((r) => r.id === cursor?.stepId);
  if (!cursor || !lane || !step) return null;
  const laneEntity = board.lanes.find((x) => x.id === lane.id);
  const laneName = laneEntity?.name ?? '';
  const stepName = board.steps.find((x) => x.id === step.id)?.name ?? '';
  // On a metric lane the cell says its value (what the cell shows, for a screen reader).
  const metric = laneMetric(board.metrics, laneEntity);
  const label = t('canvas.cell', { lane: laneName, step: stepName });
  return (
    <div
      className={`cell-cursor${placed ? '' : ' idle'}`}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      onFocus={() => {
        store.getState().setRoving(null);
        if (!placed) store.getState().setCursor(cursor);
      }}
      aria-label={
        metric
          ? t('canvas.metricCell', {
              lane: laneName,
              step: stepName,
              value: metricCellText(metricCell(board, metric, step.id), metric, t, i18n.language),
            })
          : label
      }
      style={{ transform: `translate(${step.x + 2}px, ${lane.y + 2}px)`, width: GEOMETRY.stepWidth - 4, height: lane.height - 4 }}
    />
  );
}
