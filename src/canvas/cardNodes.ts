import { Position, type Node } from '@xyflow/react';
import type { Board, Layout, Rect } from '../model';
import { sameItems, sameRect } from './reuse';

export type CardNodeData = Record<string, never>;
export type CardNode = Node<CardNodeData, 'card'>;

interface Cached {
  rect: Rect;
  selected: boolean;
  node: CardNode;
}

/**
 * Builds React Flow nodes for the cards: geometry and selection only (the card component reads
 * its content from the store). A node object is reused while its rect and selection are
 * unchanged, and the array itself while every node is, so a text edit that keeps the layout
 * gives React Flow nothing to do.
 */
export function createCardNodeBuilder() {
  let cache = new Map<string, Cached>();
  let previous: CardNode[] = [];
  return (board: Board, l: Layout, selection: readonly string[]): CardNode[] => {
    const selected = new Set(selection);
    const next = new Map<string, Cached>();
    const nodes: CardNode[] = [];
    for (const card of board.cards) {
      const rect = l.cards.get(card.id);
      if (!rect) continue; // collapsed lane
      const isSelected = selected.has(card.id);
      const old = cache.get(card.id);
      const entry =
        old && old.selected === isSelected && sameRect(old.rect, rect)
          ? old
          : { rect, selected: isSelected, node: cardNode(card.id, rect, isSelected) };
      next.set(card.id, entry);
      nodes.push(entry.node);
    }
    cache = next;
    previous = sameItems(previous, nodes) ? previous : nodes;
    return previous;
  };
}

/** Size of a connection handle (styles/panels.css), centred on the card's edge as React Flow draws it. */
const HANDLE = 10;

/**
 * A card's connection handles: CardNode renders these and the node declares them, from this one
 * list. Few of them, since the whole card also accepts a dropped connector.
 */
export const CARD_HANDLES = [
  { id: 'left-in', type: 'target', position: Position.Left, at: (_w: number, h: number) => ({ x: 0, y: h / 2 }) },
  { id: 'right', type: 'source', position: Position.Right, at: (w: number, h: number) => ({ x: w, y: h / 2 }) },
  { id: 'bottom', type: 'source', position: Position.Bottom, at: (w: number, h: number) => ({ x: w / 2, y: h }) },
] as const;

/**
 * Where the handles are, declared up front: React Flow otherwise renders every node of the board
 * once, visible or not, only to measure its handles (2 000 cards cost ~0.4 s to open).
 */
function cardHandles(nodeId: string, { width, height }: Rect): NonNullable<CardNode['handles']> {
  return CARD_HANDLES.map(({ id, type, position, at }) => {
    const { x, y } = at(width, height);
    return { id, type, position, nodeId, x: x - HANDLE / 2, y: y - HANDLE / 2, width: HANDLE, height: HANDLE };
  });
}

function cardNode(id: string, rect: Rect, selected: boolean): CardNode {
  // The wrapper is only a positioned box; the card inside is the article (see CardNode).
  return {
    id,
    type: 'card',
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    handles: cardHandles(id, rect),
    data: {},
    selected,
    ariaRole: 'none',
    ariaLabel: null as never,
  };
}
