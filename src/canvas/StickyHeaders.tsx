import { useStore } from '@xyflow/react';
import { GEOMETRY, LANE_COLORS, type Board, type Layout } from '../model';

/**
 * Lane headers stay visible while panning horizontally, stage bands and step headers while
 * panning vertically: overlays that follow the viewport on one axis only.
 */
export function StickyHeaders({ board, layout: l }: { board: Board; layout: Layout }) {
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const left = Math.max(0, tx);
  const top = Math.max(0, ty);
  const headerWidth = GEOMETRY.laneHeaderWidth * zoom;
  const bandHeight = GEOMETRY.stageBandHeight * zoom;
  const stepHeight = GEOMETRY.stepHeaderHeight * zoom;
  const font = (px: number) => ({ fontSize: `${Math.max(9, px * zoom)}px` });
  return (
    <div className="sticky-headers">
      <div className="step-headers" style={{ top, height: bandHeight + stepHeight }}>
        {l.stages.map((r) => {
          const stage = board.stages.find((s) => s.id === r.id);
          return (
            <div key={r.id} className="stage-band" style={{ left: r.x * zoom + tx, width: r.width * zoom, height: bandHeight, background: stage?.color, ...font(13) }}>
              {stage?.name}
            </div>
          );
        })}
        {l.steps.map((r, i) => (
          <div key={r.id} role="columnheader" className="step-header" style={{ left: r.x * zoom + tx, top: bandHeight, width: r.width * zoom, height: stepHeight, ...font(14) }}>
            {board.steps[i]!.name}
          </div>
        ))}
      </div>
      <div className="lane-headers" style={{ left, width: headerWidth }}>
        {l.lanes.map((r, i) => {
          const lane = board.lanes[i]!;
          return (
            <div key={r.id} role="rowheader" className={`lane-header ${lane.kind}`} style={{ top: r.y * zoom + ty, height: r.height * zoom, background: LANE_COLORS[lane.kind], ...font(14) }}>
              {lane.name}
            </div>
          );
        })}
      </div>
      <div className="header-corner" style={{ left, top, width: headerWidth, height: bandHeight + stepHeight }} />
    </div>
  );
}
