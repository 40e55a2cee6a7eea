import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../src/shared/result';
import { createFamulorClient, DEFAULT_CONNECTION, type FamulorClient } from '../src/main/famulor/client';
import { ExchangeRecorder } from '../src/main/famulor/recorder';
import { accountPacer } from '../src/main/famulor/pacer';
import { createDispatcher } from '../src/main/ipc/dispatch';
import { famulorHandlers } from '../src/main/ipc/handlers/famulor';
import { createHistoryHolds } from '../src/main/famulor/historyHolds';
import type { Handlers } from '../src/main/ipc/handlerTypes';
import { InFlightRequests } from '../src/main/ipc/inFlight';
import { EventBus } from '../src/main/events';
import type { FamulorGateway } from '../src/main/famulor/gateway';
import { startSimulator, type RunningSimulator } from '../src/main/simulator/index';
import { seededRandom } from '../src/main/simulator/random';
import { useAppStore } from '../src/renderer/stores/appStore';
import { installFakeMain, removeFakeMain } from '../src/renderer/testing/fakeMainTestKit';
import {
  CLARA,
  currentPanes,
  openTestSession,
  sessionApplyAnswers,
} from '../src/renderer/testing/storeTestKit';

/**
 * Issue 13's fault run, end to end: the playground store sends 60 widget messages through main's real
 * handler and client to the simulator with `--faults 500,drop,slow --fail-rate 0.3`, pressing Retry whenever
 * the pane offers it. Famulor's own history is the judge of what was billed and answered.
 */
const SENDS = 60;
const MAX_RETRIES_PER_MESSAGE = 5;
const WIDGET_COST_USD = 0.01;

const textOf = (index: number) =>
  `Message ${index + 1}: is there a free slot on 2026-06-${10 + (index % 18)}?`;

let simulator: RunningSimulator;
let judge: FamulorClient;
const recorder = new ExchangeRecorder();
beforeAll(async () => {
  simulator = await startSimulator({
    seedHistory: false,
    failRate: 0.3,
    faults: ['500', 'drop', 'slow'],
    random: seededRandom(13),
  });
  const connection = { ...DEFAULT_CONNECTION, baseUrl: simulator.baseUrl };
  const getApiKey = async () => simulator.apiKey;
  // Both clients talk to one account, so they share its pacer, as the app's clients of one profile do.
  const sharedAccountPacer = accountPacer();
  // A slow answer takes 4 s to trickle in: the app's client gives up after 2 s (an ambiguous timeout).
  const client = createFamulorClient({
    connection,
    getApiKey,
    timeoutMs: 2_000,
    recorder,
    accountPacer: sharedAccountPacer,
    retry: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 60_000 },
  });
  // The judge reads Famulor's side patiently, through every fault.
  judge = createFamulorClient({
    connection,
    getApiKey,
    timeoutMs: 10_000,
    accountPacer: sharedAccountPacer,
    retry: { maxRetries: 20, baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 60_000 },
  });
  const gateway: FamulorGateway = {
    active: async () => client,
    forProfile: async () => client,
    demoControls: async () => null,
    runningSimulator: () => null,
    recorder: new ExchangeRecorder(),
    close: async () => undefined,
  };
  const handlers = famulorHandlers({
    famulor: gateway,
    events: new EventBus(),
    historyHolds: createHistoryHolds(),
  }) as Partial<Handlers>;
  const dispatcher = createDispatcher(handlers as Handlers, new InFlightRequests(), console, {
    checkOutput: true,
  });
  (globalThis as { window?: unknown }).window = globalThis;
  const appliedSession = sessionApplyAnswers();
  installFakeMain(async (channel, input, requestId): Promise<Result<unknown>> => {
    if (channel === 'sessions:apply') return appliedSession();
    return dispatcher.dispatch(channel, input, { requestId });
  });
});
afterAll(async () => {
  removeFakeMain();
  await simulator.close();
});

describe('the fault run of issue 13: --faults 500,drop,slow --fail-rate 0.3', () => {
  it('sends 60 widget messages with 0 duplicate billed sends, 0 lost replies and 0 lost typed text', async () => {
    const { panes } = openTestSession([{ ...CLARA, conversationType: 'widget' }]);
    const paneId = panes[0]?.id ?? '';
    const store = useAppStore.getState;
    let retries = 0;
    const kept = new Set<number>();
    for (let index = 0; index < SENDS; index += 1) {
      const text = textOf(index);
      await store().sendToPanes([paneId], text);
      for (
        let attempt = 0;
        store().runtime[paneId]?.failure && attempt < MAX_RETRIES_PER_MESSAGE;
        attempt += 1
      ) {
        retries += 1;
        await store().retryPane(paneId);
      }
      const failure = store().runtime[paneId]?.failure;
      if (failure) {
        // Given up on: the text must still be there to send later.
        if (failure.text === text || currentPanes()[0]?.draft === text) kept.add(index);
        store().dismissFailure(paneId);
      }
      store().setDraft(paneId, '');
    }

    const pane = currentPanes()[0];
    const conversationId = pane?.conversationId ?? '';
    const { history } = await judge.getConversation({ conversationId });
    const account = await judge.getAccount();
    const transcript = pane?.transcript ?? [];
    /** How many times the pane shows this message with its reply. */
    const answeredInPane = (text: string) =>
      transcript.filter(
        (entry, at) =>
          entry.role === 'user' && entry.content === text && transcript[at + 1]?.role === 'assistant',
      ).length;
    let duplicateBilledSends = 0;
    let lostReplies = 0;
    let lostTypedText = 0;
    let billedSends = 0;
    for (let index = 0; index < SENDS; index += 1) {
      const text = textOf(index);
      const onServer = history.filter((entry) => entry.role === 'user' && entry.content === text).length;
      billedSends += onServer;
      duplicateBilledSends += Math.max(0, onServer - 1);
      // Every send Famulor processed produced a reply; each one the pane does not show is lost.
      lostReplies += Math.max(0, onServer - answeredInPane(text));
      if (onServer === 0 && !kept.has(index)) lostTypedText += 1;
    }
    // Sends whose answer was lost after Famulor may have processed them: each one was read back.
    const ambiguousSendFailures = recorder
      .list()
      .filter(
        (exchange) =>
          exchange.method === 'POST' &&
          exchange.path.endsWith('/messages') &&
          (exchange.errorCode === 'network' || exchange.errorCode === 'timeout'),
      ).length;
    const counts = {
      sends: SENDS,
      ambiguousSendFailures,
      retries,
      billedSends,
      billedUsd: Number((25 - account.totalBalance).toFixed(2)),
      duplicateBilledSends,
      lostReplies,
      lostTypedText,
      givenUp: kept.size,
    };
    console.log(`fault run: ${JSON.stringify(counts)}`);
    expect(counts.billedUsd).toBe(Number((billedSends * WIDGET_COST_USD).toFixed(2)));
    expect({ duplicateBilledSends, lostReplies, lostTypedText }).toEqual({
      duplicateBilledSends: 0,
      lostReplies: 0,
      lostTypedText: 0,
    });
  }, 300_000);
});
