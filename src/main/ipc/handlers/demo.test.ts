import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/result';
import type { FamulorGateway } from '../../famulor/gateway';
import { ExchangeRecorder } from '../../famulor/recorder';
import type { SimulatorDemoControls } from '../../simulator/demoControls';
import type { HandlerContext } from '../handlerTypes';
import { demoHandlers } from './demo';

const unused = () => Promise.reject(new Error('the demo channels call no Famulor endpoint'));
const gatewayWith = (controls: SimulatorDemoControls | null): FamulorGateway => ({
  active: unused,
  forProfile: unused,
  demoControls: async () => controls,
  runningSimulator: () => null,
  recorder: new ExchangeRecorder(),
  close: async () => undefined,
});
const ctx: HandlerContext = { signal: new AbortController().signal, requestId: undefined };

const failureOf = async (promise: Promise<unknown>) => {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(AppFailure);
  return (thrown as AppFailure).error;
};

describe('the demo channels', () => {
  it('are refused on a profile that is not the Offline demo, with a reason the renderer words', async () => {
    const handlers = demoHandlers({ famulor: gatewayWith(null) });
    expect(await failureOf(handlers['demo:advanceClock']({ hours: 24 }, ctx))).toMatchObject({
      code: 'validation',
      reason: 'demo_controls_offline_only',
    });
  });

  it('move the clock by the hours asked, and say when the customer has no WhatsApp thread to write into', async () => {
    const moved: number[] = [];
    const handlers = demoHandlers({
      famulor: gatewayWith({
        advanceClock: (ms) => void moved.push(ms),
        customerWrites: () => false,
        setPacks: () => undefined,
      }),
    });
    await handlers['demo:advanceClock']({ hours: 24 }, ctx);
    expect(moved).toEqual([24 * 60 * 60 * 1000]);
    expect(
      await failureOf(handlers['demo:customerWrites']({ conversationId: 'x', message: 'Hallo' }, ctx)),
    ).toMatchObject({ code: 'not_found', reason: 'demo_thread_not_whatsapp' });
  });
});
