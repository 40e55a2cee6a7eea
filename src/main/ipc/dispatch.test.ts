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
});
