import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFamulorClient, DEFAULT_CONNECTION, type FamulorClient } from '../famulor/client';
import { RequestPacer } from '../famulor/pacer';
import { createSimulatedClock } from '../testing/clientOnSimulatorTestKit';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import { resolveAssistants, type SuiteAssistant } from './resolveAssistants';
import { runSuite, type SuiteClient } from './runSuite';
import { parseSuiteText } from './suiteFile';

let simulator: RunningSimulator;
let client: FamulorClient;
// The account's limit (20 calls per 10 s) holds, on a clock whose waits pass at once.
const clock = createSimulatedClock(Date.parse('2026-12-07T09:00:00Z'));
const clientOn = (apiKey: () => string) =>
  createFamulorClient({
    connection: { ...DEFAULT_CONNECTION, baseUrl: simulator.baseUrl },
    getApiKey: async () => apiKey(),
    now: clock.nowMs,
    sleep: clock.sleep,
    fetch: clock.fetch,
  });

beforeAll(async () => {
  simulator = await startSimulator({ seedHistory: false, now: clock.now });
  client = clientOn(() => simulator.apiKey);
});
afterAll(() => simulator.close());

const parse = (text: string) => {
  const parsed = parseSuiteText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed;
};

const assistantsOf = async (names: string[]): Promise<SuiteAssistant[]> => {
  const resolved = await resolveAssistants(names, client);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
  return resolved.assistants;
};

const run = async (text: string, options: { client?: SuiteClient; concurrency?: number } = {}) => {
  const { suite, locate } = parse(text);
  return runSuite({
    suite,
    file: 'suite.yaml',
    target: 'simulator',
    assistants: await assistantsOf(suite.assistants),
    locate,
    client: options.client ?? client,
    concurrency: options.concurrency ?? 4,
  });
};

const CLARA = `name: Clara
assistants: [Clara]
cases:
  - name: offers the calendar's slots
    turns:
      - user: Do you have a free slot on 2026-12-10?
        reply: { contains: '10:30' }
        calls:
          - name: check_calendar_availability
            arguments: { includes: { date: '2026-12-10' } }
  - name: books at once
    turns:
      - user: Do you have a free slot on 2026-12-10?
        calls:
          - name: book_appointment
`;

describe('running a suite against the simulator, through the client', () => {
  it('passes what the assistant does and fails what it does not, each expectation at its line', async () => {
    const { report, stoppedBy } = await run(CLARA);
    expect(stoppedBy).toBeNull();
    const [offers, books] = report.cells;
    expect(offers).toMatchObject({
      caseName: "offers the calendar's slots",
      caseLine: 4,
      passed: true,
      passedRuns: 1,
    });
    expect(offers?.runs[0]?.greeting).toMatch(/^Hi, I'm Clara/);
    expect(books).toMatchObject({ passed: false, passedRuns: 0 });
    const [failed] = books?.runs[0]?.turns[0]?.expectations ?? [];
    expect(failed).toMatchObject({
      kind: 'call.called',
      passed: false,
      line: 15,
      actual: ['check_calendar_availability'],
    });
  });

  it('runs each case in every cell of the matrix, with the variable set given to the conversation', async () => {
    const { report } = await run(`name: Clara
assistants: [Clara, Max]
matrix:
  types: [test, widget]
  variableSets:
    - name: defaults
    - name: Nordpark
      values: { company_name: Nordpark Clinic }
cases:
  - name: greets
    turns: [{ user: Hello }]
    variables: { includes: { company_name: Nordpark Clinic } }
`);
    expect(
      report.cells.map((cell) => [cell.assistant.name, cell.variableSet, cell.type, cell.passed]),
    ).toEqual([
      ['Clara', 'defaults', 'test', false],
      ['Clara', 'defaults', 'widget', false],
      ['Clara', 'Nordpark', 'test', true],
      ['Clara', 'Nordpark', 'widget', true],
      ['Max', 'defaults', 'test', false],
      ['Max', 'defaults', 'widget', false],
      ['Max', 'Nordpark', 'test', true],
      ['Max', 'Nordpark', 'widget', true],
    ]);
    expect(report.cells[2]?.runs[0]?.turns[0]?.reply).toContain('Nordpark Clinic');
  });

  it('reads a widget case’s cost from the account’s conversation list', async () => {
    const { report } = await run(`name: Max
assistants: [Max]
matrix: { types: [widget, test] }
cases:
  - name: two messages
    turns: [{ user: Hello }, { user: Where is my order NW-10482? }]
    maxCostUsd: 0.015
`);
    const [widget, test] = report.cells;
    expect(widget?.runs[0]?.costUsd).toBeGreaterThan(0.015);
    expect(widget?.runs[0]?.expectations[0]).toMatchObject({ kind: 'cost', passed: false });
    // Test conversations are free; the cost expectation is about widget cases only.
    expect(test).toMatchObject({ passed: true });
    expect(test?.runs[0]?.expectations).toEqual([]);
  });

  it('ends a run whose call is refused as an error, and goes on with the others', async () => {
    const refusing: SuiteClient = {
      ...client,
      listConversations: client.listConversations,
      getConversation: client.getConversation,
      createConversation: client.createConversation,
      sendMessage: (input, options) =>
        input.message.includes('boom')
          ? client.sendMessage({ ...input, conversationId: '00000000-0000-4000-8000-000000000000' }, options)
          : client.sendMessage(input, options),
    };
    const { report, stoppedBy } = await run(
      `name: n
assistants: [Clara]
cases:
  - { name: refused, turns: [{ user: hello }, { user: boom }] }
  - { name: fine, turns: [{ user: hello }] }
`,
      { client: refusing },
    );
    expect(stoppedBy).toBeNull();
    expect(report.cells[0]?.runs[0]).toMatchObject({
      status: 'error',
      error: { code: 'not_found', status: 404 },
    });
    expect(report.cells[0]?.runs[0]?.turns).toHaveLength(1);
    expect(report.cells[1]).toMatchObject({ passed: true });
  });

  it('stops at a refused key instead of failing every case the same way', async () => {
    const wrongKey = clientOn(() => 'not-the-key');
    const { report, stoppedBy } = await run(CLARA, { client: wrongKey, concurrency: 1 });
    expect(stoppedBy).toMatchObject({ reason: 'key_rejected' });
    expect(report.cells.every((cell) => !cell.passed)).toBe(true);
    expect(report.cells.flatMap((cell) => cell.runs)).toEqual([]);
  });
});

describe('repeats and the pass rate', () => {
  /** Every other reply loses its content, as an assistant that is right only some of the time. */
  const flaky = (): SuiteClient => {
    let sent = 0;
    return {
      ...client,
      sendMessage: async (input, options) => {
        const reply = await client.sendMessage(input, options);
        sent += 1;
        return sent % 2 === 0 ? { ...reply, message: 'Hmm.' } : reply;
      },
    };
  };
  const suite = (passRate: number) => `name: n
assistants: [Clara]
repeat: 5
passRate: ${passRate}
cases:
  - name: greets
    turns: [{ user: Hello, reply: { contains: Clara } }]
`;

  it('passes a case at or above the rate, showing how many runs passed', async () => {
    const { report } = await run(suite(0.6), { client: flaky(), concurrency: 1 });
    expect(report.cells[0]).toMatchObject({ passedRuns: 3, passed: true });
    expect(report.cells[0]?.runs.map((one) => one.attempt)).toEqual([1, 2, 3, 4, 5]);
  });

  it('fails it below', async () => {
    const { report } = await run(suite(0.8), { client: flaky(), concurrency: 1 });
    expect(report.cells[0]).toMatchObject({ passedRuns: 3, passed: false });
  });
});

describe('concurrency', () => {
  it('keeps at most the given number of runs in flight, and uses them', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: SuiteClient = {
      ...client,
      createConversation: async (input, options) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        return client.createConversation(input, options);
      },
      sendMessage: async (input, options) => {
        try {
          return await client.sendMessage(input, options);
        } finally {
          inFlight -= 1;
        }
      },
    };
    const { report } = await run(
      `name: n
assistants: [Sophie]
repeat: 6
cases: [{ name: greets, turns: [{ user: Hallo }] }]
`,
      { client: counting, concurrency: 2 },
    );
    expect(report.cells[0]?.runs).toHaveLength(6);
    expect(most).toBe(2);
  });
});

describe('latency', () => {
  it('counts from when the request went out, not the time it queued behind the account limit', async () => {
    // In real time, with a limit of 3 calls per 400 ms: 8 calls, 4 at once, so most wait hundreds of ms to be sent.
    const unlimited = await startSimulator({ seedHistory: false, accountRateLimit: false });
    try {
      const paced = createFamulorClient({
        connection: { ...DEFAULT_CONNECTION, baseUrl: unlimited.baseUrl },
        getApiKey: async () => unlimited.apiKey,
        accountPacer: new RequestPacer([{ limit: 3, windowMs: 400 }]),
      });
      const { suite, locate } = parse(`name: n
assistants: [Sophie]
repeat: 4
cases: [{ name: greets, turns: [{ user: Hallo, maxLatencyMs: 250 }] }]
`);
      const { report } = await runSuite({
        suite,
        file: 'suite.yaml',
        target: 'simulator',
        assistants: await assistantsOf(['Sophie']),
        locate,
        client: paced,
        concurrency: 4,
      });
      const runs = report.cells[0]?.runs ?? [];
      expect(Math.max(...runs.map((one) => one.durationMs))).toBeGreaterThan(400);
      expect(runs.map((one) => one.turns[0]?.latencyMs ?? Infinity).every((ms) => ms < 250)).toBe(true);
      expect(report.cells[0]?.passed).toBe(true);
    } finally {
      await unlimited.close();
    }
  });
});
