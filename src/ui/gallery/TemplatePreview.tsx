import { memo } from 'react';
import { emotionCurve, LANE_COLORS, layout, type Board } from '../../model';

/**
 * A small picture of a template drawn from its board: stage bands, lanes in their colours, cards
 * (failure points red, wait points amber) and the emotion curve. Decorative: the title and line
 * beside it say what it is.
 */
export const TemplatePreview = memo(function TemplatePreview({ board }: { board: Board }) {
  const l = layout(board);
  const { width, height } = l.size;
  const emotionLane = board.lanes.find((lane) => lane.kind === 'emotion');
  const persona = board.personas[0];
  const curve = emotionLane && persona ? emotionCurve(board, l, emotionLane.id, persona.id, 'as-is').filter((p) => p.score !== null) : [];
  return (
    <svg className="template-preview" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMin meet" aria-hidden="true" focusable="false">
      <rect width={width} height={height} fill="#fff" />
      {l.stages.map((s, i) => (
        <rect key={s.id} x={s.x} y={0} width={s.width} height={s.height} fill={board.stages[i]?.color ?? '#e2e8f0'} />
      ))}
      {l.lanes.map((lane, i) => (
        <rect key={lane.id} x={lane.x} y={lane.y} width={lane.width} height={lane.height} fill={LANE_COLORS[board.lanes[i]!.kind]} stroke="#cbd5e1" />
      ))}
      {board.cards.map((c) => {
        const r = l.cards.get(c.id);
        if (!r) return null;
        const fill = c.failure ? '#fecaca' : c.wait ? '#fde68a' : '#fff';
        return <rect key={c.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={8} fill={fill} stroke="#64748b" strokeWidth={3} />;
      })}
      {curve.length > 1 && (
        <polyline points={curve.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={persona!.color} strokeWidth={8} strokeLinejoin="round" />
      )}
    </svg>
  );
});
