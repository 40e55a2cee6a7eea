import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';
import { InFlightRequests } from './inFlight';
import type { Handlers } from './handlerTypes';
import { AppFailure } from '../../shared/result';
import { z } from 'zod';
import { contract } from '../../shared/ipc/contract';

const info = {
  name: 'Famulor Playground',
  version: '1.2.3',
  mode: 'browser' as const,
  platform: 'linux',
  userDataDir: '/tmp/x',
};

const setup = () => {
  const inFlight = new InFlightRequests();
  const real = createHandlers({
    info,
    inFlight,
    events: { emit: vi.fn(), subscribe: vi.fn() },
    close: vi.fn(),
  } as never);
  const spies = Object.fromEntries(
    Object.entries(real).map(([name, handler]) => [name, vi.fn(handler as (...args: unknown[]) => unknown)]),
  ) as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
  const logger = { error: vi.fn() };
  return { dispatcher: createDispatcher(spies, inFlight, logger), spies, inFlight, logger };
};

describe('dispatcher', () => {
  it('answers a valid call with the handler’s data', async () => {
    const { dispatcher } = setup();
    await expect(dispatcher.dispatch('app:info', {}, undefined)).resolves.toEqual({ ok: true, data: info });
  });

  it('answers with the handler’s own data, not a copy made by parsing it again', async () => {
    const detail = {
      history: [],
      variables: null,
      externalIdentifier: null,
      whatsappSender: null,
      customer: null,
    };
    const handlers = { 'conversation:get': async () => detail } as unknown as Handlers;
    const dispatcher = createDispatcher(handlers, new InFlightRequests(), { error: vi.fn() });
    const result = await dispatcher.dispatch('conversation:get', { conversationId: 'c-1' }, undefined);
    expect(result.ok && result.data).toBe(detail);
  });

  it.each([
    ['wrong type', 'app:cancel', { requestId: 42 }],
    ['missing field', 'app:cancel', {}],
    ['extra field', 'app:info', { extra: true }],
    ['oversized string', 'app:cancel', { requestId: 'x'.repeat(10_000) }],
    ['not an object', 'app:info', 'hello'],
    ['null input', 'app:info', null],
  ])('refuses %s with a validation error and never calls the handler', async (_label, channel, input) => {
    const { dispatcher, spies } = setup();
    const result = await dispatcher.dispatch(channel, input, undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.reason).toMatch(/^(request_invalid|unknown_channel)$/);
    }
    expect(spies[channel as keyof Handlers]).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel, including inherited object keys', async () => {
    const { dispatcher } = setup();
    for (const name of ['app:nope', 'toString', '__proto__', 'constructor']) {
      const result = await dispatcher.dispatch(name, {}, undefined);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'validation', reason: 'unknown_channel' },
      });
    }
  });

  it('refuses __proto__ payloads at any depth', async () => {
    const { dispatcher, spies } = setup();
    const payloads = [
      JSON.parse('{"__proto__": {"polluted": true}}'),
      JSON.parse('{"requestId": "a", "nested": {"__proto__": {"polluted": true}}}'),
      JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    ];
    for (const payload of payloads) {
      const result = await dispatcher.dispatch('app:cancel', payload, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(spies['app:cancel']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a malformed request id in the call meta', async () => {
    const { dispatcher, spies } = setup();
    const result = await dispatcher.dispatch('app:info', {}, { requestId: { evil: true } });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(spies['app:info']).not.toHaveBeenCalled();
  });

  it('turns an AppFailure into a failed Result and an unexpected error into a logged internal one', async () => {
    const inFlight = new InFlightRequests();
    const logger = { error: vi.fn() };
    const failing = {
      'app:info': async () => {
        throw new AppFailure({ code: 'not_found', reason: 'session_gone' });
      },
      'app:cancel': async () => {
        throw new TypeError('boom');
      },
    } as unknown as Handlers;
    const dispatcher = createDispatcher(failing, inFlight, logger);
    expect(await dispatcher.dispatch('app:info', {}, undefined)).toEqual({
      ok: false,
      error: { code: 'not_found', reason: 'session_gone' },
    });
    const internal = await dispatcher.dispatch('app:cancel', { requestId: 'x' }, undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('cancels an in-flight request by its id through app:cancel', async () => {
    const inFlight = new InFlightRequests();
    const handlers = {
      ...createHandlers({ info, inFlight, events: {} as never, close: vi.fn() } as never),
      'app:info': (_input: unknown, ctx: { signal: AbortSignal }) =>
        new Promise((_resolve, reject) =>
          ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    } as unknown as Handlers;
    const dispatcher = createDispatcher(handlers, inFlight, { error: vi.fn() });
    const pending = dispatcher.dispatch('app:info', {}, { requestId: 'req-1' });
    await Promise.resolve();
    expect(await dispatcher.dispatch('app:cancel', { requestId: 'req-1' }, undefined)).toEqual({
      ok: true,
      data: { cancelled: true },
    });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(inFlight.size).toBe(0);
  });

  it('has a handler for every channel of the contract', () => {
    const { spies } = setup();
    expect(Object.keys(spies).sort()).toEqual(Object.keys(contract).sort());
    for (const spec of Object.values(contract)) expect(spec.input).toBeInstanceOf(z.ZodType);
  });

  it('names the unknown channel, cut to 100 characters', async () => {
    const { dispatcher } = setup();
    const long = `x:${'y'.repeat(300)}`;
    expect(await dispatcher.dispatch(long, {}, undefined)).toEqual({
      ok: false,
      error: { code: 'validation', reason: 'unknown_channel', params: { channel: long.slice(0, 100) } },
    });
  });

  it('takes a call without meta or with null meta', async () => {
    const { dispatcher } = setup();
    await expect(dispatcher.dispatch('app:info', {}, null)).resolves.toEqual({ ok: true, data: info });
    await expect(dispatcher.dispatch('app:info', {}, {})).resolves.toEqual({ ok: true, data: info });
  });

  it('logs an unexpected error with what was thrown and answers the internal error exactly', async () => {
    const logger = { error: vi.fn() };
    const thrown = new TypeError('boom');
    const handlers = {
      'app:info': async () => {
        throw thrown;
      },
    } as unknown as Handlers;
    const dispatcher = createDispatcher(handlers, new InFlightRequests(), logger);
    expect(await dispatcher.dispatch('app:info', {}, undefined)).toEqual({
      ok: false,
      error: { code: 'internal', reason: 'unexpected' },
    });
    expect(logger.error).toHaveBeenCalledWith('Unexpected error in a handler', thrown);
  });

  it('answers a cancelled call as cancelled, whatever the handler threw, and forgets its request id', async () => {
    const inFlight = new InFlightRequests();
    const logger = { error: vi.fn() };
    const handlers = {
      'app:info': (_input: unknown, ctx: { signal: AbortSignal }) =>
        new Promise((_resolve, reject) =>
          ctx.signal.addEventListener('abort', () => reject(new TypeError('x'))),
        ),
      'app:cancel': async ({ requestId }: { requestId: string }) => ({
        cancelled: inFlight.cancel(requestId),
      }),
    } as unknown as Handlers;
    const dispatcher = createDispatcher(handlers, inFlight, logger);
    const pending = dispatcher.dispatch('app:info', {}, { requestId: 'req-2' });
    await Promise.resolve();
    await dispatcher.dispatch('app:cancel', { requestId: 'req-2' }, undefined);
    expect(await pending).toEqual({ ok: false, error: { code: 'cancelled', reason: 'cancelled' } });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('forgets the request id of a call that ended, so a late cancel finds nothing', async () => {
    const { dispatcher, inFlight } = setup();
    await dispatcher.dispatch('app:info', {}, { requestId: 'req-done' });
    expect(inFlight.size).toBe(0);
    expect(inFlight.cancel('req-done')).toBe(false);
  });

  describe('output check', () => {
    const answering = (data: unknown) => ({ 'app:info': async () => data }) as unknown as Handlers;

    it('refuses an answer outside the channel’s output schema and logs which field', async () => {
      const logger = { error: vi.fn() };
      const dispatcher = createDispatcher(
        answering({ ...info, version: 7 }),
        new InFlightRequests(),
        logger,
        {
          checkOutput: true,
        },
      );
      const result = await dispatcher.dispatch('app:info', {}, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal', reason: 'unexpected' } });
      expect(result.ok ? '' : result.error.diagnostic).toMatch(/^app:info output: version: /);
      expect(logger.error).toHaveBeenCalledWith(
        'app:info answered outside its output schema',
        expect.any(Array),
      );
    });

    it('names the first three fields it got wrong, by their paths', async () => {
      const handlers = {
        'sessions:load': async () => ({ sessions: [{ id: 7 }], problems: [] }),
      } as unknown as Handlers;
      const dispatcher = createDispatcher(
        handlers,
        new InFlightRequests(),
        { error: vi.fn() },
        { checkOutput: true },
      );
      const result = await dispatcher.dispatch('sessions:load', {}, undefined);
      const diagnostic = result.ok ? '' : (result.error.diagnostic ?? '');
      expect(diagnostic).toMatch(
        /^sessions:load output: sessions\.0\.id: Invalid input: expected string, received number; sessions\.0\.name: /,
      );
      expect(diagnostic.split('; ')).toHaveLength(3);
    });

    it('passes a valid answer through as the handler’s own object', async () => {
      const own = { ...info };
      const dispatcher = createDispatcher(
        answering(own),
        new InFlightRequests(),
        { error: vi.fn() },
        {
          checkOutput: true,
        },
      );
      const result = await dispatcher.dispatch('app:info', {}, undefined);
      expect(result.ok && result.data).toBe(own);
    });

    it('is off unless asked for: the product does not parse a long thread twice', async () => {
      const wrong = { ...info, version: 7 };
      const dispatcher = createDispatcher(answering(wrong), new InFlightRequests(), { error: vi.fn() });
      expect(await dispatcher.dispatch('app:info', {}, undefined)).toEqual({ ok: true, data: wrong });
    });
  });
});
