import { describe, expect, it } from 'vitest';
import { generateBoard, layout, moveCards, updateCard } from '../model';
import { createCardNodeBuilder, createConnectorEdgeBuilder } from './useCardNodes';

const describeEdge = (a: string, b: string) => `${a} → ${b}`;

describe('node and edge builders', () => {
  it('editing one card of 2 000 gives a new object for that node only', () => {
    const board = generateBoard({ cards: 2000, steps: 50 });
    const build = createCardNodeBuilder();
    const before = build(board, layout(board), [], '(empty)');
    const target = board.cards[1234]!;
    const edited = updateCard(board, target.id, { text: `${target.text} x` });
    const after = build(edited, layout(edited), [], '(empty)');
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual([target.id]);
  });

  it('selecting a card changes only its node; edges are reused until their route or ends change', () => {
    const board = generateBoard({ cards: 400, steps: 10 });
    const nodes = createCardNodeBuilder();
    const first = nodes(board, layout(board), [], '');
    const second = nodes(board, layout(board), [board.cards[5]!.id], '');
    expect(second.filter((n, i) => n !== first[i]).map((n) => n.id)).toEqual([board.cards[5]!.id]);
    expect(second.find((n) => n.id === board.cards[5]!.id)!.domAttributes).toMatchObject({ 'aria-selected': true });

    const edges = createConnectorEdgeBuilder();
    const e1 = edges(board, layout(board), describeEdge);
    expect(edges(board, layout(board), describeEdge).every((e, i) => e === e1[i])).toBe(true);
    const c = board.connectors[0]!;
    const moved = moveCards(board, [c.to], { laneId: board.lanes[7]!.id, stepId: board.steps[9]!.id });
    const e2 = edges(moved, layout(moved), describeEdge);
    expect(e2.find((e) => e.id === c.id)).not.toBe(e1.find((e) => e.id === c.id));
  });
});
