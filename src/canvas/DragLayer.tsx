import { useStore } from 'zustand';
import { useStore as useFlowStore } from '@xyflow/react';
import { insertionLine, type Layout, type Rect } from '../model';
import { useCardText, useEditorStoreApi } from '../store/EditorStoreContext';
import type { DragState } from '../store/transient';

/**
 * What a drag in progress shows: ghosts of the dragged cards under the pointer and the line
 * where they would land. The drag lives in the editor's transient store, so a drag re-renders
 * only this layer, not React Flow's nodes (the cards stay put until the drop, then the layout
 * places them).
 */
export function DragLayer({ layout: l }: { layout: Layout }) {
  const { ids, anchor, ghosts, drop } = useStore(useEditorStoreApi().transient.drag);
  if (!ghosts.length) return null;
  return <DragOverlay layout={l} ids={ids} anchor={anchor} ghosts={ghosts} drop={drop} />;
}

/** Above the cards (a child of React Flow, following the viewport like its own layers). */
function DragOverlay({ layout: l, ids, ghosts, drop }: { layout: Layout } & DragState) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const line = drop ? insertionLine(l, drop, ids) : null;
  return (
    <div className="drag-layer" style={{ transform: `translate(${tx}px, ${ty}px) scale(${zoom})` }}>
      {ghosts.map((g) => (
        <Ghost key={g.id} {...g} />
      ))}
      {line && (
        <div className="drop-indicator" style={{ transform: `translate(${line.x}px, ${line.y}px)`, width: line.width, height: line.height }} />
      )}
    </div>
  );
}

function Ghost({ id, x, y, width, height }: Rect & { id: string }) {
  const text = useCardText(id);
  return (
    <div className="card drag-ghost" aria-hidden="true" style={{ transform: `translate(${x}px, ${y}px)`, width, height }}>
      <div className="card-text">{text}</div>
    </div>
  );
}
