import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore as useFlowStore } from '@xyflow/react';
import { formatMetricValue, GEOMETRY, laneMetric, metricCell, STATUS_SYMBOL, trendPoints, type Board, type Grid } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';

/** The parts of a board metric lanes draw: they re-render when these change, not on every card edit. */
export type MetricParts = Pick<Board, 'lanes' | 'steps' | 'metrics' | 'measurements'>;

const TREND = { width: 96, height: 22 };
/** Cells are drawn a screen beyond each edge, in blocks of this many flow pixels, so panning re-renders rarely. */
const BLOCK = 800;
/** Below this zoom a cell's words cannot be read: it is drawn as its colour alone (the cell cursor still says it all). */
const READABLE_ZOOM = 0.45;

/**
 * Metric lanes: per step the metric's latest value, its status against the target (a symbol and
 * a word, and a colour), and a trend line of its last days. Choosing a cell puts the keyboard's
 * cursor there, and the side panel lists that cell's measurements. In flow coordinates (inside
 * the viewport), under the cards' layer.
 */
export const MetricLayer = memo(function MetricLayer({ board, grid: l }: { board: MetricParts; grid: Grid }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const readable = useFlowStore((s) => s.transform[2] >= READABLE_ZOOM);
  // Only the cells near the screen are drawn (as React Flow draws only visible cards): 10 lanes of
  // 100 steps drawn whole took half a second of a board's opening.
  const [left, top, right, bottom] = useFlowStore(nearScreen).split(':').map(Number) as [number, number, number, number];
  const lanes = board.lanes.filter((x) => x.kind === 'metric' && !x.collapsed);
  if (!lanes.length) return null;
  const steps = l.steps.filter((step) => step.x + GEOMETRY.stepWidth >= left && step.x <= right);
  return (
    <div className="metric-layer" aria-hidden="true">
      {lanes.map((lane) => {
        const rect = l.lanes.find((r) => r.id === lane.id);
        const metric = laneMetric(board.metrics, lane);
        if (!rect || rect.y + rect.height < top || rect.y > bottom) return null;
        if (!metric)
          return (
            <div key={lane.id} className="metric-missing" style={{ transform: `translate(${GEOMETRY.laneHeaderWidth + 8}px, ${rect.y + 8}px)` }}>
              {t('metric.laneNone')}
            </div>
          );
        return steps.map((step) => {
          const cell = metricCell(board, metric, step.id);
          const { latest, status } = cell;
          return (
            <div
              key={`${lane.id}-${step.id}`}
              className={`metric-cell${status ? ` ${status}` : ''}`}
              data-metric-cell={`${lane.id}:${step.id}`}
              style={{ transform: `translate(${step.x + 6}px, ${rect.y + 6}px)`, width: GEOMETRY.stepWidth - 12, height: rect.height - 12 }}
              onClick={() => {
                const state = store.getState();
                state.select([]);
                state.selectHeader(null);
                state.setCursor({ laneId: lane.id, stepId: step.id });
              }}
            >
              {!readable ? null : latest ? (
                <>
                  <span className="metric-value">{formatMetricValue(latest.value, metric, i18n.language)}</span>
                  {status && (
                    <span className="metric-status">
                      {STATUS_SYMBOL[status]} {t(`metric.status.${status}`)}
                    </span>
                  )}
                  <TrendLine values={cell.trend} />
                </>
              ) : (
                <span className="metric-empty">{t('metric.notMeasured')}</span>
              )}
            </div>
          );
        });
      })}
    </div>
  );
});

/** The flow area a screen around the visible one, in whole blocks ("left:top:right:bottom", compared as text). */
function nearScreen(s: { transform: [number, number, number]; width: number; height: number }): string {
  const [x, y, zoom] = s.transform;
  const w = s.width / zoom,
    h = s.height / zoom;
  const out = (v: number) => Math.floor(v / BLOCK) * BLOCK;
  const left = -x / zoom - w,
    top = -y / zoom - h;
  return [out(left), out(top), out(left + 3 * w) + BLOCK, out(top + 3 * h) + BLOCK].join(':');
}

/** A small line of the last days' values, scaled to their own range (a flat line when they are equal). */
function TrendLine({ values }: { values: number[] }) {
  if (values.length < 2) return null;
  const points = trendPoints(values, { x: 2, y: 2, width: TREND.width - 4, height: TREND.height - 4 })
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
  return (
    <svg className="metric-trend" width={TREND.width} height={TREND.height}>
      <polyline points={points} fill="none" />
    </svg>
  );
}
