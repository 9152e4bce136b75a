import { useCallback, useEffect, useRef, useState } from 'react';

export interface Timer {
  minutes: number;
  setMinutes(minutes: number): void;
  /** Seconds left (the whole time until started). */
  left: number;
  running: boolean;
  /** Reached zero since it was last started. */
  done: boolean;
  toggle(): void;
  reset(): void;
}

/**
 * A facilitator's countdown. Time left is read from the clock, not counted in ticks, so a busy
 * or throttled page never makes it slow; at zero `onDone` runs once.
 */
export function useTimer(onDone: () => void): Timer {
  const [minutes, setMinutesState] = useState(10);
  const [left, setLeft] = useState(600);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const done$ = useRef(onDone);
  useEffect(() => {
    done$.current = onDone;
  }, [onDone]);

  useEffect(() => {
    if (endsAt === null) return;
    let id: ReturnType<typeof setInterval> | undefined;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds > 0) return;
      clearInterval(id); // at once: the signal is given exactly once, whenever React renders next
      id = undefined;
      setEndsAt(null);
      setDone(true);
      done$.current();
    };
    id = setInterval(tick, 250);
    tick();
    return () => clearInterval(id);
  }, [endsAt]);

  const toggle = useCallback(() => {
    if (endsAt !== null) {
      setLeft(Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
      setEndsAt(null);
      return;
    }
    const from = left > 0 ? left : minutes * 60;
    setDone(false);
    setLeft(from);
    setEndsAt(Date.now() + from * 1000);
  }, [endsAt, left, minutes]);

  const reset = useCallback(() => {
    setEndsAt(null);
    setDone(false);
    setLeft(minutes * 60);
  }, [minutes]);

  const setMinutes = useCallback(
    (m: number) => {
      const value = Math.min(180, Math.max(1, Math.round(m) || 1));
      setMinutesState(value);
      if (endsAt === null) {
        setLeft(value * 60);
        setDone(false);
      }
    },
    [endsAt],
  );

  return { minutes, setMinutes, left, running: endsAt !== null, done, toggle, reset };
}

export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** A soft two-note chime (no sound file to load; silent where audio is not allowed). */
export function chime() {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((frequency, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = frequency;
      const start = audio.currentTime + i * 0.35;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.08, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(start);
      osc.stop(start + 0.65);
    });
    setTimeout(() => void audio.close().catch(() => {}), 1500); // already closed by the browser: nothing to free
  } catch {
    // No audio here: the screen and the announcement still say it.
  }
}
