import { useCallback, useMemo, type MouseEvent, type ReactNode } from 'react';
import {
  ConnectionMode,
  Controls,
  ReactFlow,
  ViewportPortal,
  useReactFlow,
  type Edge,
  type EdgeTypes,
  type FinalConnectionState,
  type Node,
  type NodeChange,
  type NodeTypes,
  type Viewport,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { addConnector, cellAt, layout, moveCardGroup, type Board, type Layout } from '../model';
import { showBoard } from '../editor';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { CardNode } from './CardNode';
import { ConnectorEdge } from './ConnectorEdge';
import { DragLayer } from './DragLayer';
import { AddCardButton } from './AddCardButton';
import { EmotionLayer } from './EmotionLayer';
import { MetricLayer } from './MetricLayer';
import { PresenceLayer } from './PresenceLayer';
import { CellCursor } from './CellCursor';
import { measureOpened } from './openTiming';
import { GridBackground } from './GridBackground';
import { StickyHeaders } from './StickyHeaders';
import { useRun } from './EditorContext';
import { createCardNodeBuilder } from './cardNodes';
import { useBoardView } from './boardView';
import { createConnectorEdgeBuilder } from './connectorEdges';
import { createGridKeeper, createLinkedCardKeeper, useBuilder } from './reuse';

const nodeTypes: NodeTypes = { card: CardNode };
const edgeTypes: EdgeTypes = { connector: ConnectorEdge };

/** The board drawn from `layout(board)`; gestures become model ops on the store. */
export function BoardCanvas({
  board,
  viewport,
  onViewportEnd,
  children,
}: {
  board: Board;
  /** Where this board was last looked at; otherwise the whole board is shown. */
  viewport?: Viewport;
  onViewportEnd?(viewport: Viewport): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const view = useBoardView();
  const store = useEditorStoreApi();
  const run = useRun();
  const selection = useEditorStore((s) => s.selection);
  const readOnly = useEditorStore((s) => s.readOnly);
  const l = useMemo(() => layout(board), [board]);
  const buildNodes = useBuilder(createCardNodeBuilder);
  const buildEdges = useBuilder(createConnectorEdgeBuilder);
  const nodes = useMemo(() => buildNodes(board, l, selection), [buildNodes, board, l, selection]);
  const grid = useBuilder(createGridKeeper)(l);
  const extent = useMemo(() => boardExtent(grid), [grid]);
  const edges = useMemo(() => buildEdges(board, l, grid), [buildEdges, board, l, grid]);
  const { lanes, steps, stages, personas, emotions, connectors } = board;
  const journey = useMemo(() => ({ lanes, steps, stages, personas, emotions, connectors }), [lanes, steps, stages, personas, emotions, connectors]);
  const { metrics, measurements } = board;
  const metricParts = useMemo(() => ({ lanes, steps, metrics, measurements }), [lanes, steps, metrics, measurements]);
  const linkedCards = useBuilder(createLinkedCardKeeper)(board, l);

  const onDoubleClick = (e: MouseEvent) => {
    if (!(e.target as Element).classList.contains('react-flow__pane')) return;
    const cell = cellAt(l, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    if (cell) store.getState().startNewCard(cell);
  };

  const onNodesChange = useCallback(
    (changes: NodeChange<Node>[]) => {
      const state = store.getState();
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'select') {
          selected ??= new Set(state.selection);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (selected) state.select([...selected]);
    },
    [store],
  );

  const onNodeDrag = (e: globalThis.MouseEvent | TouchEvent, node: Node, dragged: Node[]) => {
    const point = 'clientX' in e ? { x: e.clientX, y: e.clientY } : { x: e.touches[0]!.clientX, y: e.touches[0]!.clientY };
    // Only the drag layer updates per pointer move; React Flow's nodes stay as they are.
    const ids = new Set(dragged.map((n) => n.id));
    const ghosts = dragged.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
    store.transient.drag.setState({ ids, anchor: node.id, ghosts, drop: cellAt(l, flow.screenToFlowPosition(point), ids) });
  };

  const onNodeDragStop = () => {
    const { ids, anchor, drop } = store.transient.drag.getState();
    if (drop && anchor) {
      store.getState().apply((b) => moveCardGroup(b, [...ids], anchor, drop));
      store.getState().setCursor({ laneId: drop.laneId, stepId: drop.stepId });
    }
    store.transient.endDrag();
  };

  /**
   * A connection dropped on a card but not on one of its handles still connects: the whole card
   * is a drop target, as in other diagram tools. (A drop on a handle was handled by onConnect.)
   */
  const onConnectEnd = (e: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode) return;
    const point = 'clientX' in e ? e : e.changedTouches[0];
    const over = point && document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id');
    if (!over || over === state.fromNode.id) return;
    // Dragged from an incoming handle: the new connector points at the card it started from.
    const [from, to] = state.fromHandle?.type === 'target' ? [over, state.fromNode.id] : [state.fromNode.id, over];
    store.getState().apply((b) => addConnector(b, { from, to }));
  };

  return (
    <div
      className="canvas"
      onDoubleClick={onDoubleClick}
      onPointerMove={(e) => {
        if ((e.target as Element).closest('.add-card-button')) return;
        const point = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        const cell = cellAt(l, point);
        store.transient.setHoverCell(cell && { laneId: cell.laneId, stepId: cell.stepId });
        // On a shared board the others see where this user points.
        if (store.getState().connection) store.getState().setPointer(point);
      }}
      onPointerLeave={() => store.transient.setHoverCell(null)}
    >
      <ReactFlow
        aria-label={t('editor.board')}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={(_, node) => {
          const card = board.cards.find((c) => c.id === node.id);
          if (card) store.getState().setCursor({ laneId: card.laneId, stepId: card.stepId });
        }}
        onNodeDoubleClick={(_, node) => store.getState().setEditing(node.id)}
        onConnect={(c) => store.getState().apply((b) => addConnector(b, { from: c.source, to: c.target }))}
        onConnectEnd={onConnectEnd}
        onEdgeDoubleClick={(_, edge: Edge) => run('editConnector', { kind: 'connector', id: edge.id })}
        onPaneClick={() => store.getState().select([])}
        connectionMode={ConnectionMode.Loose}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        nodesConnectable={!readOnly}
        nodesDraggable={!readOnly}
        nodesFocusable={false}
        // The board is one Tab stop (the card or cell the keyboard is on); connectors are reached
        // from their card in the side panel.
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        onlyRenderVisibleElements
        translateExtent={extent}
        minZoom={0.1}
        maxZoom={2.5}
        onInit={() => {
          if (viewport) void flow.setViewport(viewport);
          else showBoard(view, l, 'initial');
          measureOpened();
        }}
        onMoveEnd={(_, v) => onViewportEnd?.(v)}
        ariaLabelConfig={{
          // What screen readers hear about cards and connectors matches what the keys do here.
          'node.a11yDescription.default': t('canvas.cardKeys'),
          'node.a11yDescription.keyboardDisabled': t('canvas.cardKeys'),
          'edge.a11yDescription.default': t('canvas.connectorKeys'),
          'controls.ariaLabel': t('zoom.controls'),
          'controls.zoomIn.ariaLabel': t('zoom.in'),
          'controls.zoomOut.ariaLabel': t('zoom.out'),
        }}
        proOptions={{ hideAttribution: true }}
      >
        <ViewportPortal>
          <GridBackground lanes={board.lanes} grid={grid} />
          <MetricLayer board={metricParts} grid={grid} />
          <CellCursor board={board} layout={l} />
        </ViewportPortal>
        <EmotionLayer board={journey} grid={grid} linkedCards={linkedCards} />
        <DragLayer layout={l} />
        <PresenceLayer layout={l} />
        {!readOnly && <AddCardButton board={board} layout={l} />}
        <StickyHeaders lanes={board.lanes} steps={board.steps} stages={board.stages} metrics={board.metrics} grid={grid} />
        <Controls showFitView={false} showInteractive={false} position="bottom-right" />
        {children}
      </ReactFlow>
    </div>
  );
}

/** How far the view may go past the board's edges: zooming and panning never lose the board. */
export function boardExtent(l: Pick<Layout, 'size'>): [[number, number], [number, number]] {
  const m = 400;
  return [
    [-m, -m],
    [l.size.width + m, l.size.height + m],
  ];
}
