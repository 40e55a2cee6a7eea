import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { famulorChannels } from '../../shared/ipc/channels/famulor';
import { channelNames, contract, type Channel } from '../../shared/ipc/contract';
import type { Handlers } from '../ipc/handlerTypes';
import { parseUnknown } from '../../shared/validation/parseUnknown';
import { startTestHost, type Answer, type TestHost } from '../testing/hostTestKit';
import { channelInput, junkBody, junkPath, junkValue } from '../testing/fuzz/inputs';
import { seededRandom } from '../testing/fuzz/random';

/**
 * A bounded fuzzer over every channel and every route of the browser host, run in `npm test`. It only ever
 * talks to 127.0.0.1: the host under test, and the built-in simulator behind the Offline demo profile.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CALLS_PER_CHANNEL = 60;
const ROUTE_REQUESTS = 600;

// A stack frame, a node internal, a source file, or a folder of this machine in an answer is a leak.
const LEAK = /\n\s+at |node:internal|file:\/\/|\.ts:\d+|\/work\/|\/home\/|\/tmp\//;

// Channels that reach Famulor's API get only inputs their schema refuses: a valid one would wait on the
// simulator's rate limit (5 a minute), and the point here is the boundary, not the API.
const CALLS_FAMULOR = new Set<string>([
  ...Object.keys(famulorChannels),
  'profiles:test',
  ...([
    'lab:open',
    'lab:try',
    'lab:discard',
    'lab:previewPush',
    'lab:push',
    'lab:models',
    'lab:languages',
    'packs:record',
  ] as const),
]);

const isValidInput = (channel: Channel, input: unknown): boolean => {
  try {
    parseUnknown(contract[channel].input, input);
    return true;
  } catch {
    return false;
  }
};

describe('fuzzing the browser host', () => {
  const random = seededRandom(SEED);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const ran: Channel[] = [];
  const outsideFetches: string[] = [];
  let t: TestHost;
  let requests = 0;

  const exchange = (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Buffer,
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      requests += 1;
      const req = request({ host: '127.0.0.1', port: t.host.port, method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });

  const expectHarmless = (answer: Answer, what: string, reportsPaths = false) => {
    expect(answer.status, what).toBeGreaterThanOrEqual(200);
    expect(answer.status, what).toBeLessThan(500);
    if (!reportsPaths) expect(answer.body, what).not.toMatch(LEAK);
  };

  beforeAll(async () => {
    // Nothing in this test may leave the machine, whatever profile the fuzzer manages to create.
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.hostname === '127.0.0.1') return realFetch(input, init);
      outsideFetches.push(url.origin);
      return Promise.reject(new TypeError('fetch failed: the fuzz test stays on 127.0.0.1'));
    });
    t = await startTestHost({
      wrapHandlers: (handlers) => {
        const wrapped: Record<string, unknown> = {};
        for (const name of channelNames) {
          const handler = handlers[name] as (input: unknown, ctx: unknown) => Promise<unknown>;
          wrapped[name] = (input: unknown, ctx: unknown) => {
            ran.push(name);
            return handler(input, ctx);
          };
        }
        return wrapped as Handlers;
      },
    });
  });
  afterAll(async () => {
    agent.destroy();
    await t.close();
    vi.unstubAllGlobals();
  });

  it('refuses every malformed input before its handler, and never answers 5xx or a stack trace', async () => {
    const started = Date.now();
    for (const channel of channelNames) {
      for (let index = 0; index < CALLS_PER_CHANNEL; index += 1) {
        let input = channelInput(random, contract[channel].input);
        while (CALLS_FAMULOR.has(channel) && isValidInput(channel, input))
          input = channelInput(random, contract[channel].input);
        const envelope = random.chance(0.2) ? { input, meta: junkValue(random) } : { input };
        const body = JSON.stringify(envelope);
        const before = ran.length;
        const answer = await exchange('POST', `/api/${channel}`, t.callHeaders, body);
        const what = `${channel} ${body.slice(0, 200)}`;
        const result = JSON.parse(answer.body) as { ok: boolean; error?: { code: string } };
        // app:info reports the data folder by design; every other answer, and every refusal, names no path.
        expectHarmless(answer, what, channel === 'app:info' && result.ok);
        // Judged on what the host receives: the input as its JSON reads back.
        const received = (JSON.parse(body) as { input?: unknown }).input;
        if (!isValidInput(channel, received)) {
          expect(ran.length, `${what} reached its handler`).toBe(before);
          expect(result.ok, what).toBe(false);
          expect(result.error?.code, what).toMatch(/^(validation|too_large)$/);
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`fuzz: ${requests} channel calls in ${seconds.toFixed(1)} s (seed ${SEED})`);
    expect(outsideFetches).toEqual([]);
    expect(t.handlerErrors).toEqual([]);
  });

  it('answers junk routes, headers and bodies with a 4xx and keeps serving', async () => {
    const started = Date.now();
    const first = requests;
    const headerSets = [
      {},
      { host: t.hostHeader },
      { host: 'evil.example' },
      { ...t.callHeaders, origin: 'null' },
      { ...t.callHeaders, 'x-playground-token': 'wrong' },
      { ...t.callHeaders, cookie: 'playground_assets_1=%; a=b=c; ;;' },
      { ...t.callHeaders, 'sec-fetch-site': 'cross-site' },
      { ...t.callHeaders, 'content-length': 'abc' },
      t.callHeaders,
    ];
    for (let index = 0; index < ROUTE_REQUESTS; index += 1) {
      const method = random.pick(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']);
      const path = random.chance(0.5) ? junkPath(random) : `/api/${random.pick(channelNames)}`;
      const headers = { ...random.pick(headerSets), connection: 'close' } as Record<string, string>;
      const sendsBody = method !== 'GET' && method !== 'HEAD';
      const body = sendsBody ? junkBody(random) : undefined;
      if (body !== undefined && 'content-length' in headers) headers['content-length'] = String(body.length);
      const answer = await exchange(method, path, headers, body).catch((error: unknown) => ({
        status: 0,
        headers: {},
        body: String(error),
      }));
      // As above: app:info reports the data folder by design, when a junk body happens to be a valid call.
      const infoAnswered = path === '/api/app:info' && answer.body.startsWith('{"ok":true');
      expectHarmless(answer, `${method} ${path} ${JSON.stringify(headers).slice(0, 120)}`, infoAnswered);
    }
    // Still alive, and still answering the page.
    const info = await exchange('POST', '/api/app:info', t.callHeaders, '{"input":{}}');
    expect(info.status).toBe(200);
    const seconds = (Date.now() - started) / 1000;
    console.log(`fuzz: ${requests - first} route requests in ${seconds.toFixed(1)} s (seed ${SEED})`);
  });
});
