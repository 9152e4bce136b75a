import { memo } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { labelPoint, roundedPath, type Point } from '../model';

export type ConnectorEdgeType = Edge<{ points: Point[] }, 'connector'>;

/** A connector drawn along its gutter route (see `routeConnector`), so it never runs under a card. */
export const ConnectorEdge = memo(function ConnectorEdge({ id, data, label, markerEnd, style }: EdgeProps<ConnectorEdgeType>) {
  const points = data?.points ?? [];
  const at = labelPoint(points);
  return <BaseEdge id={id} path={roundedPath(points)} label={label} labelX={at.x} labelY={at.y} markerEnd={markerEnd} style={style} interactionWidth={12} />;
});
