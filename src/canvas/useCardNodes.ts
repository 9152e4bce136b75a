import { useState } from 'react';
import type { Node } from '@xyflow/react';
import { routeConnector, type Board, type Card, type Connector, type Layout, type Rect } from '../model';
import type { ConnectorEdgeType } from './ConnectorEdge';

export type CardNodeData = { card: Card; label: string };
export type CardNode = Node<CardNodeData, 'card'>;

interface Cached { card: Card; rect: Rect; selected: boolean; label: string; node: CardNode }

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Builds React Flow nodes for the cards, reusing each node object while its card, rect and
 * selection are unchanged, so editing one card re-renders one memoised node.
 */
export function createCardNodeBuilder() {
  let cache = new Map<string, Cached>();
  return (board: Board, l: Layout, selection: readonly string[], emptyLabel: string): CardNode[] => {
    const selected = new Set(selection);
    const next = new Map<string, Cached>();
    const nodes: CardNode[] = [];
    for (const card of board.cards) {
      const rect = l.cards.get(card.id);
      if (!rect) continue; // collapsed lane
      const isSelected = selected.has(card.id);
      const label = card.text.trim() || emptyLabel;
      const old = cache.get(card.id);
      const entry = old && old.card === card && old.selected === isSelected && old.label === label && sameRect(old.rect, rect)
        ? old
        : { card, rect, selected: isSelected, label, node: cardNode(card, rect, isSelected, label) };
      next.set(card.id, entry);
      nodes.push(entry.node);
    }
    cache = next;
    return nodes;
  };
}

function cardNode(card: Card, rect: Rect, selected: boolean, label: string): CardNode {
  return {
    id: card.id,
    type: 'card',
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    data: { card, label },
    selected,
    ariaRole: 'article',
    ariaLabel: label,
    domAttributes: { 'aria-selected': selected, 'aria-describedby': `badges-${card.id}` },
  };
}

/** Spreads connectors that share a gutter by a few pixels (stable per connector). */
function gutterLane(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return (Math.abs(h) % 5) - 2;
}

/** Builds edges for the connectors, reusing each edge while its connector, route and name are unchanged. */
export function createConnectorEdgeBuilder() {
  let cache = new Map<Connector, { edge: ConnectorEdgeType; route: string; name: string }>();
  return (board: Board, l: Layout, describe: (from: string, to: string) => string): ConnectorEdgeType[] => {
    const next = new Map<Connector, { edge: ConnectorEdgeType; route: string; name: string }>();
    const edges: ConnectorEdgeType[] = [];
    const text = new Map(board.cards.map((c) => [c.id, c.text]));
    for (const c of board.connectors) {
      const points = routeConnector(l, c.from, c.to, gutterLane(c.id));
      if (!points) continue; // an end is in a collapsed lane
      const route = points.map((p) => `${p.x},${p.y}`).join(' ');
      const name = describe(text.get(c.from) ?? '', text.get(c.to) ?? '');
      const old = cache.get(c);
      const edge: ConnectorEdgeType = old && old.route === route && old.name === name ? old.edge : {
        id: c.id, source: c.from, target: c.to, type: 'connector', label: c.label, ariaLabel: name,
        data: { points },
        className: c.kind === 'dependency' ? 'connector dependency' : 'connector',
        markerEnd: { type: 'arrowclosed' as never, width: 16, height: 16 },
      };
      next.set(c, { edge, route, name });
      edges.push(edge);
    }
    cache = next;
    return edges;
  };
}

/** A builder that lives as long as the component (state, not a ref, so it is render-safe). */
export function useBuilder<T>(create: () => T): T {
  return useState(create)[0];
}
