import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { labelPoint, roundedPath } from '../model';
import { useCardText } from '../store/EditorStoreContext';
import { connectorNameId, type ConnectorEdgeType } from './connectorEdges';

/** A connector drawn along its gutter route (see `routeConnector`), so it never runs under a card. */
export const ConnectorEdge = memo(function ConnectorEdge({ id, source, target, data, label, markerEnd, style }: EdgeProps<ConnectorEdgeType>) {
  const t = useT();
  const from = useCardText(source);
  const to = useCardText(target);
  const points = data?.points ?? [];
  const at = labelPoint(points);
  return (
    <>
      {/* The edge's accessible name (aria-labelledby), kept current as card texts change. */}
      <text id={connectorNameId(id)} display="none">
        {t('connector.name', { from, to })}
      </text>
      <BaseEdge
        id={id}
        path={roundedPath(points)}
        label={label}
        labelX={at.x}
        labelY={at.y}
        markerEnd={markerEnd}
        style={style}
        interactionWidth={12}
      />
    </>
  );
});
