import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GEOMETRY, LANE_COLORS, LINE_DASH, type Grid, type Lane } from '../model';

/** Lanes, step columns, stage bands and the three blueprint lines, drawn once as one SVG in flow space. */
export const GridBackground = memo(function GridBackground({ lanes, grid: l }: { lanes: Lane[]; grid: Grid }) {
  const { t } = useTranslation();
  const { width, height } = l.size;
  const top = GEOMETRY.stageBandHeight + GEOMETRY.stepHeaderHeight;
  return (
    <svg className="grid-background" width={width} height={height} aria-hidden="true">
      {l.lanes.map((r, i) => (
        <rect key={r.id} x={r.x} y={r.y} width={r.width} height={r.height} fill={LANE_COLORS[lanes[i]!.kind]} stroke="#cbd5e1" />
      ))}
      {l.stages.map((r, i) => (
        <rect key={r.id} x={r.x} y={top} width={r.width} height={height - top} fill="none" stroke="#94a3b8" strokeWidth={i ? 2 : 0} />
      ))}
      {l.steps.map((r) => (
        <line key={r.id} x1={r.x} x2={r.x} y1={top} y2={height} stroke="#cbd5e1" />
      ))}
      {l.lines.map((line) => (
        <g key={line.kind} className={`blueprint-line ${line.kind}`}>
          <line
            x1={GEOMETRY.laneHeaderWidth}
            x2={width}
            y1={line.y}
            y2={line.y}
            stroke="#334155"
            strokeWidth={2}
            strokeDasharray={LINE_DASH[line.kind]?.join(' ')}
          />
          <text x={GEOMETRY.laneHeaderWidth + 8} y={line.y - 3} fontSize={11} fill="#1e293b">
            {t(`line.${line.kind}`)}
          </text>
        </g>
      ))}
    </svg>
  );
});
