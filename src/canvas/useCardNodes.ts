import { useState } from 'react';
import { Position, type Node } from '@xyflow/react';
import { connectorRoute, sameGrid, type Board, type Grid, type Connector, type Layout, type Rect } from '../model';
import type { ConnectorEdgeType } from './ConnectorEdge';

export type CardNodeData = Record<string, never>;
export type CardNode = Node<CardNodeData, 'card'>;

interface Cached { rect: Rect; selected: boolean; node: CardNode }

/** The same objects in the same order: React Flow then sees no change at all. */
const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

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
      const entry = old && old.selected === isSelected && sameRect(old.rect, rect)
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

/** Size of a connection handle (styles.css), centred on the card's edge as React Flow draws it. */
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
    id, type: 'card', position: { x: rect.x, y: rect.y }, width: rect.width, height: rect.height, handles: cardHandles(id, rect),
    data: {}, selected, ariaRole: 'none', ariaLabel: null as never,
  };
}

/**
 * Builds edges for the connectors along their gutter routes, reusing each edge while its
 * connector and route are unchanged (names come from the cards, read by the edge component).
 */
export function createConnectorEdgeBuilder() {
  type Entry = { edge: ConnectorEdgeType; route: string; grid: Grid; from: Rect; to: Rect | undefined };
  let cache = new Map<Connector, Entry>();
  let previous: ConnectorEdgeType[] = [];
  return (board: Board, l: Layout, grid: Grid): ConnectorEdgeType[] => {
    const next = new Map<Connector, Entry>();
    const edges: ConnectorEdgeType[] = [];
    for (const c of board.connectors) {
      const [from, to] = [l.cards.get(c.from), l.cards.get(c.to)];
      if (!from) continue; // in a collapsed lane
      const old = cache.get(c);
      // A route depends only on the grid and its two cards: unchanged, it is not routed again.
      if (old && old.grid === grid && sameRect(old.from, from) && (old.to === to || (!!old.to && !!to && sameRect(old.to, to)))) {
        next.set(c, old);
        edges.push(old.edge);
        continue;
      }
      const points = connectorRoute(l, c);
      if (!points) continue; // an end is in a collapsed lane
      const route = points.map((p) => `${p.x},${p.y}`).join(' ');
      const edge: ConnectorEdgeType = old && old.route === route ? old.edge : {
        id: c.id, source: c.from, target: c.to, type: 'connector', label: c.label,
        data: { points },
        ariaLabel: null as never,
        domAttributes: { 'aria-labelledby': connectorNameId(c.id) },
        className: c.kind === 'dependency' ? 'connector dependency' : 'connector',
        markerEnd: { type: 'arrowclosed' as never, width: 16, height: 16 },
      };
      next.set(c, { edge, route, grid, from, to });
      edges.push(edge);
    }
    cache = next;
    previous = sameItems(previous, edges) ? previous : edges;
    return previous;
  };
}

export const connectorNameId = (id: string) => `connector-name-${id}`;

/** A builder that lives as long as the component (state, not a ref, so it is render-safe). */
export function useBuilder<T>(create: () => T): T {
  return useState(create)[0];
}

/** Keeps the previous grid while an edit leaves it as it was (most card edits do). */
export function createGridKeeper() {
  let last: Grid | null = null;
  return (l: Layout): Grid => {
    if (!last || !sameGrid(last, l)) last = { lanes: l.lanes, steps: l.steps, stages: l.stages, lines: l.lines, size: l.size };
    return last;
  };
}

/**
 * Rects of the cards linked to emotion points (pain points, opportunities), kept as the same
 * map while they are unchanged, so the emotion lanes skip the redraw on unrelated edits.
 */
export function createLinkedCardKeeper() {
  let last = new Map<string, Rect>();
  return (board: Board, l: Layout): ReadonlyMap<string, Rect> => {
    const points = new Set(board.emotions.map((e) => e.id));
    const next = new Map<string, Rect>();
    for (const c of board.connectors) {
      const rect = points.has(c.to) ? l.cards.get(c.from) : undefined;
      if (rect) next.set(c.from, rect);
    }
    const same = next.size === last.size && [...next].every(([id, r]) => { const o = last.get(id); return !!o && sameRect(o, r); });
    if (!same) last = next;
    return last;
  };
}
