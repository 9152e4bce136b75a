import { describe, expect, it } from 'vitest';
import { generateBoard, layout, moveCards, updateCard } from '../model';
import { createCardNodeBuilder } from './cardNodes';
import { createConnectorEdgeBuilder } from './connectorEdges';
import { createGridKeeper } from './reuse';
import type { Board } from '../model';

/** The edge builder as the canvas uses it: with the grid kept while unchanged. */
function edgeBuilder() {
  const [edges, grid] = [createConnectorEdgeBuilder(), createGridKeeper()];
  return (b: Board) => edges(b, layout(b), grid(layout(b)));
}

describe('node and edge builders', () => {
  it('a text edit that keeps the layout gives React Flow the very same nodes and edges', () => {
    const board = generateBoard({ cards: 2000, steps: 50 });
    const [nodes, edges] = [createCardNodeBuilder(), edgeBuilder()];
    const before = [nodes(board, layout(board), []), edges(board)];
    const target = board.cards[1234]!;
    const edited = updateCard(board, target.id, { text: `${target.text} x` });
    expect(nodes(edited, layout(edited), [])).toBe(before[0]);
    expect(edges(edited)).toBe(before[1]);
    // A text long enough to wrap makes the card taller: it and what lies below it move, lanes above keep their nodes.
    const longer = updateCard(board, target.id, { text: 'a very long text that wraps '.repeat(4) });
    const after = nodes(longer, layout(longer), []);
    const moved = new Set(after.filter((n, i) => n !== before[0]![i]).map((n) => n.id));
    expect(moved.has(target.id)).toBe(true);
    const laneIndex = board.lanes.findIndex((l) => l.id === target.laneId);
    const above = new Set(board.lanes.slice(0, laneIndex).map((l) => l.id));
    expect(board.cards.filter((c) => above.has(c.laneId) && moved.has(c.id))).toEqual([]);
  });

  it('selecting a card changes only its node; edges are reused until their route or ends change', () => {
    const board = generateBoard({ cards: 400, steps: 10 });
    const nodes = createCardNodeBuilder();
    const first = nodes(board, layout(board), []);
    const second = nodes(board, layout(board), [board.cards[5]!.id]);
    expect(second.filter((n, i) => n !== first[i]).map((n) => n.id)).toEqual([board.cards[5]!.id]);
    expect(second.find((n) => n.id === board.cards[5]!.id)!.selected).toBe(true);

    const edges = edgeBuilder();
    const e1 = edges(board);
    expect(edges(board).every((e, i) => e === e1[i])).toBe(true);
    const c = board.connectors[0]!;
    const moved = moveCards(board, [c.to], { laneId: board.lanes[7]!.id, stepId: board.steps[9]!.id });
    const e2 = edges(moved);
    expect(e2.find((e) => e.id === c.id)).not.toBe(e1.find((e) => e.id === c.id));
  });
});
