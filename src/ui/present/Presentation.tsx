import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../store/EditorStoreContext';
import { presentCommands, type PresentContext } from '../../editor';
import { useKeyboardCommands } from '../../canvas/useKeyboardCommands';
import { presentSlides, slideOf, slideSteps } from './slides';
import { StepsSlide } from './StepsSlide';
import { PresentToolbar } from './PresentToolbar';
import { chime, clock, useTimer } from './useTimer';

/** The narrowest a step column may be before a stage is split into parts (text stays ≥ 24 px). */
const MIN_STEP_WIDTH = 330;
const LANE_HEADER_WIDTH = 210;

/** Steps that fit side by side on this screen at the present text size. */
const stepsPerSlide = () => Math.max(1, Math.floor((window.innerWidth - LANE_HEADER_WIDTH) / MIN_STEP_WIDTH));

/**
 * Present mode for a room: the board full screen at a size readable from the back (card text
 * ≥ 24 px at 1920×1080; a stage too wide is shown in parts). Space/PageDown and PageUp move
 * between slides, ← → put one step in the spotlight, Home the overview, T the timer, C high
 * contrast, Esc ends the spotlight, then the presentation. What is shown is announced.
 */
export function Presentation({ onExit }: { onExit(): void }) {
  const { t } = useTranslation();
  const board = useEditorStore((s) => s.board);
  const [perSlide, setPerSlide] = useState(stepsPerSlide);
  useEffect(() => {
    const onResize = () => setPerSlide(stepsPerSlide());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const slides = useMemo(() => (board ? presentSlides(board, perSlide) : []), [board, perSlide]);
  const [index, setIndex] = useState(0);
  const [spot, setSpot] = useState<string | null>(null);
  const [contrast, setContrast] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  const timer = useTimer(
    useCallback(() => {
      setTimeUp(true);
      chime();
    }, []),
  );

  useEffect(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    void document.documentElement.requestFullscreen?.().catch(() => {}); // not allowed everywhere; the mode works without it
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {}); // left already (Escape)
    };
  }, []);

  const last = slides.length - 1;
  const at = Math.min(index, Math.max(0, last));
  const go = useCallback(
    (delta: number) => {
      setSpot(null);
      setIndex((i) => Math.max(0, Math.min(last, i + delta)));
    },
    [last],
  );
  const moveSpot = useCallback(
    (delta: number) => {
      const order = slideSteps(slides);
      if (!order.length) return;
      const slide = slides[at];
      const current = spot ?? null;
      const next = current
        ? order[Math.max(0, Math.min(order.length - 1, order.indexOf(current) + delta))]!
        : slide?.kind === 'steps'
          ? slide.stepIds[delta < 0 ? slide.stepIds.length - 1 : 0]!
          : order[0]!;
      setSpot(next);
      setIndex(slideOf(slides, next));
    },
    [slides, spot, at],
  );
  const keys = useMemo<PresentContext>(
    () => ({
      go,
      whole: () => {
        setSpot(null);
        setIndex(0);
      },
      spotlight: moveSpot,
      back: () => (spot ? setSpot(null) : onExit()),
      toggleTimer: () => {
        setTimeUp(false);
        timer.toggle();
      },
      toggleContrast: () => setContrast((c) => !c),
    }),
    [go, moveSpot, spot, onExit, timer],
  );
  useKeyboardCommands(presentCommands, keys);

  if (!board) return null;
  const slide = slides[at];
  const stageCount = slides.filter((s) => s.kind === 'steps' && s.part === 1).length;
  const stage = slide?.kind === 'steps' ? board.stages.find((s) => s.id === slide.stageId) : undefined;
  const spotStep = spot ? board.steps.find((s) => s.id === spot) : undefined;
  const heading =
    slide?.kind === 'steps' && stage
      ? t('present.stage', { n: slide.stageIndex, total: stageCount, name: stage.name }) +
        (slide.parts > 1 ? ` · ${t('present.part', { n: slide.part, total: slide.parts })}` : '')
      : t('present.whole');
  const announcement = spotStep ? `${heading}. ${t('present.spotlight', { name: spotStep.name })}` : heading;

  return (
    <div className={`presentation${contrast ? ' high-contrast' : ''}`} role="region" aria-label={t('present.region')}>
      <header className="present-header">
        <h1>{slide?.kind === 'steps' ? (stage?.name ?? '') : board.title}</h1>
        <p>{heading}</p>
        {(timer.running || timer.left !== timer.minutes * 60 || timeUp) && (
          <p className={`present-timer${timeUp ? ' up' : ''}`} role="timer" aria-label={t('present.timeLeft')}>
            {timeUp ? t('present.timeUp') : clock(timer.left)}
          </p>
        )}
      </header>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {timeUp ? t('present.timeUp') : ''}
      </p>
      <main className="present-body">
        {slide?.kind === 'steps' ? (
          <StepsSlide board={board} stepIds={slide.stepIds} spot={spot} onSpot={(id) => setSpot(spot === id ? null : id)} />
        ) : (
          <Overview onOpen={(i) => setIndex(i)} slides={slides} />
        )}
      </main>
      <PresentToolbar
        timer={{ ...timer, toggle: keys.toggleTimer }}
        contrast={contrast}
        onContrast={keys.toggleContrast}
        onPrevious={() => go(-1)}
        onNext={() => go(1)}
        onExit={onExit}
      />
    </div>
  );
}

/** The first slide: the board's stages and their steps, in large type; choosing one goes there. */
function Overview({ slides, onOpen }: { slides: ReturnType<typeof presentSlides>; onOpen(index: number): void }) {
  const { t } = useTranslation();
  const board = useEditorStore((s) => s.board)!;
  return (
    <div className="present-overview">
      {board.description && <p className="present-description">{board.description}</p>}
      <ol className="present-stages">
        {board.stages.map((stage) => {
          const first = slides.findIndex((s) => s.kind === 'steps' && s.stageId === stage.id);
          if (first < 0) return null;
          const steps = board.steps.filter((s) => s.stageId === stage.id);
          return (
            <li key={stage.id} style={{ borderColor: stage.color }}>
              <button type="button" onClick={() => onOpen(first)}>
                {stage.name}
              </button>
              <span>{steps.map((s) => s.name).join(' · ')}</span>
            </li>
          );
        })}
      </ol>
      <p className="present-keys">{t('present.keys')}</p>
    </div>
  );
}
