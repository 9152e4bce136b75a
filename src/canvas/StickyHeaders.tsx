import { memo } from 'react';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import {
  GEOMETRY,
  LANE_COLORS,
  LANE_HEIGHT,
  moveLane,
  moveStepToIndex,
  recolorStage,
  renameLane,
  renameStage,
  renameStep,
  setLaneCollapsed,
  setLaneHeight,
  type Grid,
  laneMetric,
  type Lane,
  type Metric,
  type Stage,
  type Step,
} from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { headerData, type HeaderKind } from '../editor';
import { useRun } from './EditorContext';
import { InlineName } from './headers/InlineName';
import { targetText } from '../i18n/metricText';
import { useHeaderDrag } from './headers/useHeaderDrag';

/**
 * Lane headers stay visible while panning horizontally, stage bands and step headers while
 * panning vertically: overlays that follow the viewport on one axis only. They rename inline,
 * reorder by dragging (or Alt+arrows), collapse, recolour and delete.
 */
export const StickyHeaders = memo(function StickyHeaders({
  lanes,
  steps,
  stages,
  metrics,
  grid: l,
}: {
  lanes: Lane[];
  /** The board's metrics: a metric lane's header shows its target. */
  metrics?: Metric[];
  steps: Step[];
  stages: Stage[];
  grid: Grid;
}) {
  const store = useEditorStoreApi();
  const { apply, endBurst } = store.getState(); // actions never change
  const { t } = useTranslation();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const editing = useEditorStore((s) => s.renaming);
  const setEditing = store.getState().setRenaming;
  const selectedHeader = useEditorStore((s) => s.header?.id);
  const left = Math.max(0, tx);
  const top = Math.max(0, ty);
  const headerWidth = GEOMETRY.laneHeaderWidth * zoom;
  const bandHeight = GEOMETRY.stageBandHeight * zoom;
  const stepHeight = GEOMETRY.stepHeaderHeight * zoom;
  const font = (px: number) => ({ fontSize: `${Math.max(10, px * Math.min(zoom, 1.4))}px` });

  const laneDrag = useHeaderDrag(
    'y',
    l.lanes.map((r) => ({ start: r.y * zoom + ty, size: r.height * zoom })),
    (from, to) => apply((b) => moveLane(b, b.lanes[from]!.id, to)),
  );
  const stepDrag = useHeaderDrag(
    'x',
    l.steps.map((r) => ({ start: r.x * zoom + tx, size: r.width * zoom })),
    (from, to) => apply((b) => moveStepToIndex(b, b.steps[from]!.id, to)),
  );
  // The × buttons run the same command as Delete on a focused header (asking when cards go too).
  const run = useRun();
  const remove = (header: HeaderKind, id: string, index: number, name: string) => run('deleteHeader', { kind: 'header', header, id, index, name });

  return (
    <div className="sticky-headers">
      <div className="step-headers" style={{ top, height: bandHeight }}>
        {l.stages.map((r) => {
          const stage = stages.find((s) => s.id === r.id)!;
          return (
            <div
              key={r.id}
              className="stage-band"
              onDoubleClick={() => setEditing(r.id)}
              tabIndex={-1}
              role="group"
              aria-label={t('stage.band', { name: stage.name })}
              {...headerData('stage', r.id, 0, stage.name)}
              style={{
                left: r.x * zoom + tx,
                width: r.width * zoom,
                height: bandHeight,
                background: stage.color,
                // A band that starts off screen (or under the lane headers) shows its name where it comes into view.
                paddingLeft: 8 + Math.max(0, Math.min(left + headerWidth - (r.x * zoom + tx), r.width * zoom - 80)),
                ...font(13),
              }}
            >
              <InlineName
                name={stage.name}
                label={t('stage.name')}
                editing={editing === r.id}
                onEditingChange={(on) => setEditing(on ? r.id : null)}
                onRename={(name) => apply((b) => renameStage(b, r.id, name), { merge: `stage:${r.id}` })}
                onEndBurst={endBurst}
              />
              <span className="header-tools">
                <input
                  type="color"
                  aria-label={t('stage.color', { name: stage.name })}
                  value={stage.color ?? '#ffffff'}
                  onChange={(e) => apply((b) => recolorStage(b, r.id, e.target.value), { merge: `stage-color:${r.id}` })}
                  onBlur={endBurst}
                />
                <button
                  type="button"
                  className="icon"
                  aria-label={t('stage.delete', { name: stage.name })}
                  disabled={stages.length < 2}
                  onClick={() => remove('stage', r.id, 0, stage.name)}
                >
                  ×
                </button>
              </span>
            </div>
          );
        })}
      </div>
      {/* The headers form the board's ARIA grid: a row of steps, then a row per lane. */}
      <div role="grid" aria-label={t('editor.grid')} aria-rowcount={l.lanes.length + 1} aria-colcount={l.steps.length + 1} className="contents">
        <div className="step-headers" style={{ top, height: bandHeight + stepHeight }}>
          <div role="row" aria-rowindex={1} className="contents">
            {l.steps.map((r, i) => {
              const step = steps[i]!;
              const dragging = stepDrag.drag?.from === i;
              return (
                <div
                  key={r.id}
                  role="columnheader"
                  aria-label={step.name}
                  tabIndex={-1}
                  {...headerData('step', r.id, i, step.name)}
                  aria-selected={selectedHeader === r.id}
                  onClick={(e) => !(e.target as Element).closest('button, input') && store.getState().selectHeader({ kind: 'step', id: r.id })}
                  className={`step-header${dragging ? ' dragging' : ''}${selectedHeader === r.id ? ' selected' : ''}`}
                  style={{
                    left: r.x * zoom + tx + (dragging ? stepDrag.drag!.offset : 0),
                    top: bandHeight,
                    width: r.width * zoom,
                    height: stepHeight,
                    ...font(14),
                  }}
                  onDoubleClick={() => setEditing(r.id)}
                  {...stepDrag.handlers(i)}
                >
                  <InlineName
                    name={step.name}
                    label={t('step.name')}
                    editing={editing === r.id}
                    onEditingChange={(on) => setEditing(on ? r.id : null)}
                    onRename={(name) => apply((b) => renameStep(b, r.id, name), { merge: `step:${r.id}` })}
                    onEndBurst={endBurst}
                  />
                  <span className="header-tools">
                    <button
                      type="button"
                      className="icon"
                      aria-label={t('step.delete', { name: step.name })}
                      onClick={() => remove('step', r.id, i, step.name)}
                    >
                      ×
                    </button>
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        <div className="lane-headers" style={{ left, width: headerWidth }}>
          {l.lanes.map((r, i) => {
            const lane = lanes[i]!;
            const dragging = laneDrag.drag?.from === i;
            return (
              <div key={r.id} role="row" aria-rowindex={i + 2} className="contents">
                <div
                  role="rowheader"
                  aria-label={lane.name}
                  tabIndex={-1}
                  {...headerData('lane', r.id, i, lane.name)}
                  aria-selected={selectedHeader === r.id}
                  onClick={(e) => !(e.target as Element).closest('button, input') && store.getState().selectHeader({ kind: 'lane', id: r.id })}
                  className={`lane-header ${lane.kind}${dragging ? ' dragging' : ''}${selectedHeader === r.id ? ' selected' : ''}`}
                  style={{
                    top: r.y * zoom + ty + (dragging ? laneDrag.drag!.offset : 0),
                    height: r.height * zoom,
                    background: LANE_COLORS[lane.kind],
                    ...font(14),
                  }}
                  onDoubleClick={() => setEditing(r.id)}
                  {...laneDrag.handlers(i)}
                >
                  <InlineName
                    name={lane.name}
                    label={t('lane.name')}
                    editing={editing === r.id}
                    onEditingChange={(on) => setEditing(on ? r.id : null)}
                    onRename={(name) => apply((b) => renameLane(b, r.id, name), { merge: `lane:${r.id}` })}
                    onEndBurst={endBurst}
                  />
                  <span className="lane-kind">{t(`laneKind.${lane.kind}`) !== lane.name && t(`laneKind.${lane.kind}`)}</span>
                  <LaneTarget metric={laneMetric(metrics, lane)} />
                  {lane.kind === 'emotion' && !lane.collapsed && (
                    <span className="emotion-scale" aria-hidden="true">
                      <span title={t('emotion.positive')}>😊 +2</span>
                      <span>😐 0</span>
                      <span title={t('emotion.negative')}>☹ −2</span>
                    </span>
                  )}
                  <span className="header-tools">
                    <button
                      type="button"
                      className="icon"
                      aria-expanded={!lane.collapsed}
                      aria-label={t(lane.collapsed ? 'lane.expand' : 'lane.collapse', { name: lane.name })}
                      onClick={() => apply((b) => setLaneCollapsed(b, r.id, !lane.collapsed))}
                    >
                      {lane.collapsed ? '▸' : '▾'}
                    </button>
                    {lane.kind === 'emotion' && !lane.collapsed && (
                      <>
                        <button
                          type="button"
                          className="icon"
                          aria-label={t('lane.taller', { name: lane.name })}
                          disabled={r.height >= LANE_HEIGHT.max}
                          onClick={() => apply((b) => setLaneHeight(b, r.id, r.height + LANE_HEIGHT.step))}
                        >
                          ↕+
                        </button>
                        <button
                          type="button"
                          className="icon"
                          aria-label={t('lane.shorter', { name: lane.name })}
                          disabled={r.height <= LANE_HEIGHT.min}
                          onClick={() => apply((b) => setLaneHeight(b, r.id, r.height - LANE_HEIGHT.step))}
                        >
                          ↕−
                        </button>
                      </>
                    )}
                    <button
                      type="button"
                      className="icon"
                      aria-label={t('lane.delete', { name: lane.name })}
                      onClick={() => remove('lane', r.id, i, lane.name)}
                    >
                      ×
                    </button>
                  </span>
                </div>
              </div>
            );
          })}
          {laneDrag.drag && laneDrag.drag.to !== laneDrag.drag.from && (
            <div className="header-drop" style={{ top: dropEdge(l.lanes, laneDrag.drag, zoom, ty) }} />
          )}
        </div>
        {stepDrag.drag && stepDrag.drag.to !== stepDrag.drag.from && (
          <div className="header-drop vertical" style={{ left: dropEdgeX(l.steps, stepDrag.drag, zoom, tx), top, height: bandHeight + stepHeight }} />
        )}
        <div className="header-corner" style={{ left, top, width: headerWidth, height: bandHeight + stepHeight }} />
      </div>
    </div>
  );
});

/** Screen position of the gap a dragged header would drop into. */
function dropEdge(rects: { y: number; height: number }[], drag: { from: number; to: number }, zoom: number, ty: number) {
  const others = rects.filter((_, i) => i !== drag.from);
  const r = others[drag.to];
  const prev = others[drag.to - 1];
  return (r ? r.y : prev ? prev.y + prev.height : 0) * zoom + ty - 2;
}

function dropEdgeX(rects: { x: number; width: number }[], drag: { from: number; to: number }, zoom: number, tx: number) {
  return dropEdge(
    rects.map((r) => ({ y: r.x, height: r.width })),
    drag,
    zoom,
    tx,
  );
}

/** A metric lane's target under its name. */
function LaneTarget({ metric }: { metric: Metric | undefined }) {
  const { t, i18n } = useTranslation();
  return metric ? <span className="lane-target">{targetText(metric, t, i18n.language)}</span> : null;
}
