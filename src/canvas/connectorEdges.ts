import type { Edge } from '@xyflow/react';
import { connectorRoute, type Board, type Connector, type Grid, type Layout, type Point, type Rect } from '../model';
import { sameItems, sameRect } from './reuse';

export type ConnectorEdgeType = Edge<{ points: Point[] }, 'connector'>;

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
      const edge: ConnectorEdgeType =
        old && old.route === route
          ? old.edge
          : {
              id: c.id,
              source: c.from,
              target: c.to,
              type: 'connector',
              label: c.label,
              data: { points },
              ariaLabel: null as never,
              // Named after its cards (UI contract), focusable from script (the side panel's
              // connector list, tests) but not a Tab stop: the board is one.
              ariaRole: 'group',
              domAttributes: { 'aria-labelledby': connectorNameId(c.id), tabIndex: -1 },
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
