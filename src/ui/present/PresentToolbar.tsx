import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, type Timer } from './useTimer';

const HIDE_AFTER_MS = 3000;

/**
 * Present mode's own small toolbar: slides, the facilitator timer, high contrast, end. It hides
 * after a few seconds without mouse movement and comes back on any movement; while a control in
 * it has focus (a keyboard user tabbed in) it stays.
 */
export function PresentToolbar(props: {
  timer: Timer;
  contrast: boolean;
  onContrast(): void;
  onPrevious(): void;
  onNext(): void;
  onExit(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { timer } = props;
  const [awake, setAwake] = useState(true);
  const [focused, setFocused] = useState(false);
  const sleep = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const wake = () => {
      setAwake(true);
      clearTimeout(sleep.current);
      sleep.current = setTimeout(() => setAwake(false), HIDE_AFTER_MS);
    };
    wake();
    window.addEventListener('mousemove', wake);
    return () => {
      window.removeEventListener('mousemove', wake);
      clearTimeout(sleep.current);
    };
  }, []);
  const shown = awake || focused;
  return (
    <div
      role="toolbar"
      aria-label={t('present.toolbar')}
      className={`present-toolbar${shown ? '' : ' asleep'}`}
      onFocus={() => setFocused(true)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setFocused(false)}
    >
      <button type="button" onClick={props.onPrevious}>
        {t('present.previous')}
      </button>
      <button type="button" onClick={props.onNext}>
        {t('present.next')}
      </button>
      <span className="present-timer-controls">
        <label>
          {t('present.minutes')}
          <input
            type="number"
            min={1}
            max={180}
            value={timer.minutes}
            onChange={(e) => timer.setMinutes(e.target.valueAsNumber)}
            disabled={timer.running}
          />
        </label>
        <button type="button" onClick={timer.toggle} aria-pressed={timer.running}>
          {timer.running ? t('present.pause') : t('present.start')}
        </button>
        <button type="button" onClick={timer.reset}>
          {t('present.reset')}
        </button>
        <span className="present-clock" aria-hidden="true">
          {clock(timer.left)}
        </span>
      </span>
      <button type="button" onClick={props.onContrast} aria-pressed={props.contrast}>
        {t('present.contrast')}
      </button>
      <button type="button" onClick={props.onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}
