import { memo } from 'react';
import { useStore } from 'zustand';
import { useStore as useFlowStore } from '@xyflow/react';
import { GEOMETRY, cellKey, type Board, type Layout } from '../model';
import { useT } from '../i18n/useT';
import { useEditorStoreApi } from '../store/EditorStoreContext';

const SIZE = 22;

/**
 * A visible "+" in the bottom-right corner of the cell under the pointer: adding a second card to
 * a filled cell no longer means hitting the thin gap below the first. Above the cards, following
 * the viewport like React Flow's own layers.
 */
export const AddCardButton = memo(function AddCardButton({ board, layout: l }: { board: Board; layout: Layout }) {
  const store = useEditorStoreApi();
  const t = useT();
  const cell = useStore(store.transient.hoverCell);
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const lane = l.lanes.find((r) => r.id === cell?.laneId);
  const step = l.steps.find((r) => r.id === cell?.stepId);
  const laneName = board.lanes.find((x) => x.id === lane?.id);
  if (!cell || !lane || !step || !laneName || laneName.kind === 'emotion' || laneName.kind === 'metric' || laneName.collapsed) return null;
  const stepName = board.steps.find((x) => x.id === step.id)?.name ?? '';
  const size = Math.max(SIZE, 26 / zoom); // at least 26 screen pixels to hit (WCAG target size), at any zoom
  const x = step.x + GEOMETRY.stepWidth - GEOMETRY.cellPadding - size + 4;
  const y = lane.y + lane.height - size - 2;
  const count = l.cells.get(cellKey(lane.id, step.id))?.length ?? 0;
  return (
    <div className="add-card-layer" style={{ transform: `translate(${tx}px, ${ty}px) scale(${zoom})` }}>
      <button
        type="button"
        className="add-card-button nodrag nopan"
        aria-label={t('canvas.addCardHere', { lane: laneName.name, step: stepName })}
        title={t('canvas.addCardHere', { lane: laneName.name, step: stepName })}
        style={{ transform: `translate(${x}px, ${y}px)`, width: size, height: size, fontSize: size * 0.7 }}
        onClick={() => store.getState().startNewCard({ laneId: lane.id, stepId: step.id, index: count })}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        +
      </button>
    </div>
  );
});
