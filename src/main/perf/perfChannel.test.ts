import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { InFlightRequests } from '../ipc/inFlight';
import { createStartupPerf } from './startupPerf';

const dispatcherWith = (enabled: boolean) => {
  const report = vi.fn();
  const perf = createStartupPerf({ enabled, clock: { timeOrigin: 1_000, now: () => 50 }, report });
  const inFlight = new InFlightRequests();
  const handlers = createHandlers({ inFlight, perf, events: { emit: vi.fn(), subscribe: vi.fn() } } as never);
  return { dispatcher: createDispatcher(handlers, inFlight, { error: vi.fn() }), report };
};

describe('app:perfMarks', () => {
  it('hands valid renderer marks to the start-up marks', async () => {
    const { dispatcher, report } = dispatcherWith(true);
    const result = await dispatcher.dispatch(
      'app:perfMarks',
      { marks: [{ name: 'shell interactive', epochMs: 1_750 }] },
      undefined,
    );
    expect(result).toEqual({ ok: true, data: { recorded: true } });
    expect(report).toHaveBeenCalledWith([{ name: 'shell interactive', ms: 750 }]);
  });

  it('answers without recording when --perf is off', async () => {
    const { dispatcher, report } = dispatcherWith(false);
    const result = await dispatcher.dispatch('app:perfMarks', { marks: [] }, undefined);
    expect(result).toEqual({ ok: true, data: { recorded: false } });
    expect(report).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown mark', { marks: [{ name: 'main start', epochMs: 1 }] }],
    ['a negative time', { marks: [{ name: 'first render', epochMs: -1 }] }],
    ['a time that is not a number', { marks: [{ name: 'first render', epochMs: 'soon' }] }],
    ['too many marks', { marks: Array.from({ length: 4 }, () => ({ name: 'first render', epochMs: 1 })) }],
    ['an extra field', { marks: [], extra: true }],
  ])('refuses %s', async (_case, input) => {
    const { dispatcher, report } = dispatcherWith(true);
    const result = await dispatcher.dispatch('app:perfMarks', input, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(report).not.toHaveBeenCalled();
  });
});
