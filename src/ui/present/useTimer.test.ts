// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { clock, useTimer } from './useTimer';

describe('the facilitator timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts down from the minutes set, pauses and goes on, and signals once at zero', () => {
    const done = vi.fn();
    const { result } = renderHook(() => useTimer(done));
    act(() => result.current.setMinutes(2));
    expect(clock(result.current.left)).toBe('2:00');
    act(() => result.current.toggle());
    act(() => void vi.advanceTimersByTime(30_000));
    expect(clock(result.current.left)).toBe('1:30');
    act(() => result.current.toggle()); // pause
    act(() => void vi.advanceTimersByTime(60_000));
    expect(clock(result.current.left)).toBe('1:30');
    expect(result.current.running).toBe(false);
    act(() => result.current.toggle()); // on again
    act(() => void vi.advanceTimersByTime(89_000));
    expect(done).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(2_000));
    expect(result.current.left).toBe(0);
    expect(result.current.done).toBe(true);
    expect(done).toHaveBeenCalledTimes(1);
    act(() => void vi.advanceTimersByTime(10_000));
    expect(done).toHaveBeenCalledTimes(1);
    act(() => result.current.reset());
    expect(clock(result.current.left)).toBe('2:00');
  });
});
