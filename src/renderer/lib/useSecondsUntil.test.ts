import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSecondsUntil } from './useSecondsUntil';

describe('useSecondsUntil', () => {
  it('counts a new deadline from the present, not from when the first one was set', () => {
    let time = 1_000_000;
    const clock = () => time;
    const { result, rerender } = renderHook(({ until }) => useSecondsUntil(until, clock), {
      initialProps: { until: null as number | null },
    });
    expect(result.current).toBeNull();
    time += 60_000;
    rerender({ until: time + 5_000 });
    expect(result.current).toBe(5);
    rerender({ until: time - 1 });
    expect(result.current).toBe(0);
  });
});
