import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  GEOMETRY,
  curvePath,
  emotionCurve,
  emotionY,
  formatScore,
  personaOffset,
  scoreAtY,
  setEmotion,
  shownCurves,
  shownPersonas,
  stageEmotionAverages,
  type Board,
  type Curve,
  type CurvePoint,
  type Grid,
  type Persona,
  type Rect,
} from '../model';
import { useT } from '../i18n/useT';
import { focusCellCursor } from '../editor';
import { useOpenDialog } from './EditorContext';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * Emotion lanes: one smooth curve per persona (dashed for the to-be curve), a labelled −2…+2
 * axis, stage averages, and a slider handle per step that is dragged vertically (snapping to
 * half steps) or set with Up/Down/Home/End. Click or Enter on a point edits its note.
 */
/** The parts of a board the emotion lanes draw: they re-render when these change, not on every card edit. */
export type JourneyParts = Pick<Board, 'lanes' | 'steps' | 'stages' | 'personas' | 'emotions' | 'connectors'>;

export const EmotionLayer = memo(function EmotionLayer({
  board,
  grid: l,
  linkedCards,
}: {
  board: JourneyParts;
  grid: Grid;
  linkedCards: ReadonlyMap<string, Rect>;
}) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const openDialog = useOpenDialog();
  const onEditNote = (target: { personaId: string; stepId: string; curve: Curve }) => openDialog({ kind: 'emotionNote', ...target });
  const lanes = board.lanes.filter((x) => x.kind === 'emotion' && !x.collapsed);
  const personas = shownPersonas(board.personas);
  if (!lanes.length || !personas.length) return null;
  const averages = stageEmotionAverages(board);
  return (
    <div className="emotion-layer" style={{ transform: `translate(${tx}px, ${ty}px) scale(${zoom})` }}>
      {lanes.map((lane) => {
        const rect = l.lanes.find((r) => r.id === lane.id)!;
        const x0 = GEOMETRY.laneHeaderWidth;
        return (
          <div key={lane.id}>
            <svg className="emotion-curves" width={l.size.width} height={l.size.height} aria-hidden="true">
              <line x1={x0} x2={l.size.width} y1={rect.y + rect.height / 2} y2={rect.y + rect.height / 2} className="emotion-zero" />
              {l.stages.map((s) =>
                personas
                  .map((p) => ({ p, avg: averages.get(s.id)?.get(p.id) }))
                  .filter((a): a is { p: Persona; avg: number } => typeof a.avg === 'number')
                  .map(({ p, avg }, i) => (
                    // One row per persona, cut to the stage's width, so the averages of neighbouring stages never overlap.
                    <text key={`${s.id}-${p.id}`} x={s.x + 6} y={rect.y + 13 + i * 13} className="emotion-average" style={{ fill: p.color }}>
                      {clip(`⌀ ${p.name} ${formatScore(avg)}`, (s.width - 12) / 6.5)}
                    </text>
                  )),
              )}
              <EmotionLinks board={board} grid={l} cards={linkedCards} laneRect={rect} />
              {personas.flatMap((p) =>
                shownCurves(board, p).map((curve) => (
                  <path
                    key={`${p.id}-${curve}`}
                    d={curvePath(emotionCurve(board, l, lane.id, p.id, curve))}
                    fill="none"
                    stroke={p.color}
                    strokeWidth={3}
                    strokeDasharray={curve === 'to-be' ? '8 6' : undefined}
                  />
                )),
              )}
            </svg>
            {personas.flatMap((p) =>
              shownCurves(board, p).map((curve) =>
                emotionCurve(board, l, lane.id, p.id, curve).map((point) => (
                  <EmotionHandle
                    key={`${lane.id}-${p.id}-${curve}-${point.stepId}`}
                    persona={p}
                    curve={curve}
                    point={point}
                    laneRect={rect}
                    laneId={lane.id}
                    stepName={board.steps.find((s) => s.id === point.stepId)?.name ?? ''}
                    zoom={zoom}
                    onEditNote={onEditNote}
                  />
                )),
              ),
            )}
          </div>
        );
      })}
    </div>
  );
});

/** A point's handle, in board units (persona offsets keep neighbours this far apart and more). */
const HANDLE_SIZE = 16;

/** Text cut to about `chars` characters with "…" (SVG text does not wrap or ellipsize by itself). */
const clip = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, Math.max(1, Math.floor(chars) - 1))}…` : text);

/** Dotted lines from linked cards (pain points, opportunities) to the emotion points they explain. */
function EmotionLinks({ board, grid: l, cards, laneRect }: { board: JourneyParts; grid: Grid; cards: ReadonlyMap<string, Rect>; laneRect: Rect }) {
  const points = new Map(board.emotions.map((e) => [e.id, e]));
  const shown = new Set(shownPersonas(board.personas).map((p) => p.id));
  return (
    <g className="emotion-links">
      {board.connectors.map((c) => {
        const e = points.get(c.to);
        const card = cards.get(c.from);
        const step = e && l.steps.find((s) => s.id === e.stepId);
        if (!e || !card || !step || !shown.has(e.personaId)) return null;
        const px = step.x + GEOMETRY.stepWidth / 2 + personaOffset(board, e.personaId),
          py = emotionY(laneRect, e.score);
        const below = card.y > py;
        const color = board.personas.find((p) => p.id === e.personaId)?.color ?? '#475569';
        return (
          <line
            key={c.id}
            x1={card.x + card.width / 2}
            y1={below ? card.y : card.y + card.height}
            x2={px}
            y2={py}
            stroke={color}
            strokeWidth={2}
            strokeDasharray="3 4"
          />
        );
      })}
    </g>
  );
}

function EmotionHandle({
  persona,
  curve,
  point,
  laneRect,
  laneId,
  stepName,
  zoom,
  onEditNote,
}: {
  laneId: string;
  persona: Persona;
  curve: Curve;
  point: CurvePoint;
  laneRect: { x: number; y: number; width: number; height: number };
  stepName: string;
  zoom: number;
  onEditNote(target: { personaId: string; stepId: string; curve: Curve }): void;
}) {
  const store = useEditorStoreApi();
  const readOnly = useEditorStore((s) => s.readOnly);
  const t = useT();
  const drag = useRef<{ startY: number; pointY: number; moved: boolean; merge: string } | null>(null);
  const target = { personaId: persona.id, stepId: point.stepId, curve };
  const set = (score: number, merge?: string) => store.getState().apply((b) => setEmotion(b, { ...target, score }), merge ? { merge } : undefined);
  const name = t(curve === 'to-be' ? 'emotion.toBeSlider' : 'emotion.slider', { persona: persona.name, step: stepName });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      // Out of the slider, back to the grid: arrows move between cells again.
      e.preventDefault();
      e.stopPropagation();
      store.getState().setCursor({ laneId, stepId: point.stepId });
      focusCellCursor();
      return;
    }
    if (readOnly) return;
    const current = point.score ?? 0;
    // The WAI-ARIA slider pattern: Home is the minimum, End the maximum, Page keys a larger step.
    const next = {
      ArrowUp: current + 0.5,
      ArrowRight: current + 0.5,
      ArrowDown: current - 0.5,
      ArrowLeft: current - 0.5,
      PageUp: current + 1,
      PageDown: current - 1,
      Home: EMOTION_MIN,
      End: EMOTION_MAX,
    }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      set(next); // from an empty slot too: the first press counts (+0.5 or −0.5 from neutral)
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      onEditNote(target);
    }
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (readOnly) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    // Where the point was when grabbed: the point follows the pointer from there. (Adding the
    // pointer's whole travel to where the point is *now* made it run away to the extremes.)
    drag.current = { startY: e.clientY, pointY: point.y, moved: false, merge: `emotion:${persona.id}:${point.stepId}:${curve}:${Date.now()}` };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (Math.abs(e.clientY - d.startY) > 3) d.moved = true;
    if (!d.moved) return;
    const y = d.pointY + (e.clientY - d.startY) / zoom;
    const score = scoreAtY(laneRect, y);
    if (score !== point.score) set(score, d.merge);
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    store.getState().endBurst();
    if (d && !d.moved) onEditNote(target);
  };
  const size = HANDLE_SIZE; // in board units: handles scale with the board, like the cards
  const x = point.x + (curve === 'to-be' ? size : 0); // side by side with today's point, not on top of it
  const valueText = point.score === null ? t('emotion.none') : `${point.score > 0 ? '+' : ''}${point.score}`;
  return (
    <>
      <div
        role="slider"
        // Reached from the grid by arrows (the board is one Tab stop), Escape goes back to it.
        tabIndex={-1}
        data-step-id={point.stepId}
        aria-label={name}
        aria-readonly={readOnly || undefined}
        aria-valuemin={EMOTION_MIN}
        aria-valuemax={EMOTION_MAX}
        aria-valuenow={point.score ?? undefined}
        aria-valuetext={point.note ? `${valueText}: ${point.note}` : valueText}
        className={`emotion-handle ${curve}${point.score === null ? ' empty' : ''} nodrag nopan`}
        style={{
          transform: `translate(${x - size / 2}px, ${point.y - size / 2}px)`,
          width: size,
          height: size,
          borderWidth: size / 6,
          borderColor: persona.color,
          background: point.score === null ? '#fff' : persona.color,
        }}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onDoubleClick={(e) => e.stopPropagation()}
        title={name}
      />
      {point.note && point.score !== null && (
        <div
          className="emotion-note"
          title={point.note}
          style={{ transform: `translate(${x + size}px, ${point.y - 9}px)`, borderColor: persona.color }}
        >
          {point.note}
        </div>
      )}
    </>
  );
}
