import { useCallback, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { ReactFlow, ViewportPortal, MiniMap, useReactFlow, type NodeTypes, type ReactFlowInstance } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { addCard, cellAt, deleteCards, layout, newId, type Board, type Layout } from '../model';
import { editorStore, useEditor } from '../store/editorStore';
import { CardNode, focusCard } from './CardNode';
import { GridBackground } from './GridBackground';
import { StickyHeaders } from './StickyHeaders';
import { createCardNodeBuilder, createConnectorEdgeBuilder, useBuilder } from './useCardNodes';

const nodeTypes: NodeTypes = { card: CardNode };

/** The board drawn from `layout(board)`; gestures become model ops on the store. */
export function BoardCanvas({ board }: { board: Board }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const selection = useEditor((s) => s.selection);
  const l = useMemo(() => layout(board), [board]);
  const buildNodes = useBuilder(createCardNodeBuilder);
  const buildEdges = useBuilder(createConnectorEdgeBuilder);
  const emptyLabel = t('card.empty');
  const nodes = useMemo(() => buildNodes(board, l, selection, emptyLabel), [buildNodes, board, l, selection, emptyLabel]);
  const edges = useMemo(() => buildEdges(board, l), [buildEdges, board, l]);

  const addCardAt = useCallback((clientX: number, clientY: number) => {
    const cell = cellAt(l, flow.screenToFlowPosition({ x: clientX, y: clientY }));
    if (!cell) return;
    const id = newId('cd_');
    const store = editorStore.getState();
    store.apply((b) => addCard(b, { laneId: cell.laneId, stepId: cell.stepId, index: cell.index, id }));
    store.select([id]);
    store.setEditing(id);
  }, [l, flow]);

  const onDoubleClick = (e: MouseEvent) => {
    if ((e.target as Element).classList.contains('react-flow__pane')) addCardAt(e.clientX, e.clientY);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const nodeEl = (e.target as Element).closest?.('.react-flow__node');
    const id = nodeEl?.getAttribute('data-id');
    if (!id || (e.target as Element).tagName === 'TEXTAREA') return;
    const store = editorStore.getState();
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      store.select([id]);
      store.setEditing(id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const ids = store.selection.includes(id) ? store.selection : [id];
      const neighbour = nextFocus(board, ids);
      store.apply((b) => deleteCards(b, ids));
      if (neighbour) focusCard(neighbour);
    }
  };

  return (
    <div className="canvas" onDoubleClick={onDoubleClick} onKeyDown={onKeyDown}>
      <ReactFlow
        aria-label={t('editor.board')}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={2.5}
        onInit={() => showBoard(flow, l, 'initial')}
        onNodeClick={(e, node) => {
          const store = editorStore.getState();
          store.select(e.shiftKey ? toggle(store.selection, node.id) : [node.id]);
        }}
        onNodeDoubleClick={(_, node) => editorStore.getState().setEditing(node.id)}
        onPaneClick={() => editorStore.getState().select([])}
        proOptions={{ hideAttribution: true }}
      >
        <ViewportPortal>
          <GridBackground board={board} layout={l} />
        </ViewportPortal>
        <StickyHeaders board={board} layout={l} />
        <MiniMap pannable zoomable ariaLabel={t('editor.minimap')} />
      </ReactFlow>
    </div>
  );
}

/**
 * Fits the whole board (headers included, not only the cards). The first view keeps text
 * readable: at least 50 % zoom, anchored at the top-left corner when the board is larger.
 */
export function showBoard(flow: ReactFlowInstance, l: Layout, mode: 'initial' | 'fit') {
  const el = document.querySelector('.react-flow');
  const { width, height } = el?.getBoundingClientRect() ?? { width: 1200, height: 800 };
  const margin = 16;
  const fit = Math.min((width - 2 * margin) / l.size.width, (height - 2 * margin) / l.size.height);
  const zoom = mode === 'fit' ? Math.max(0.1, Math.min(1.5, fit)) : Math.max(0.5, Math.min(1, fit));
  const x = fit >= zoom ? (width - l.size.width * zoom) / 2 : margin;
  void flow.setViewport({ x, y: margin, zoom }, mode === 'fit' ? { duration: 200 } : undefined);
}

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** After deleting, focus the card that took the first deleted card's place (or the one before it). */
function nextFocus(board: Board, ids: readonly string[]): string | undefined {
  const first = board.cards.find((c) => c.id === ids[0]);
  if (!first) return undefined;
  const cell = board.cards.filter((c) => c.laneId === first.laneId && c.stepId === first.stepId && !ids.includes(c.id)).sort((a, b) => a.order - b.order);
  return (cell.find((c) => c.order > first.order) ?? cell.at(-1))?.id;
}
