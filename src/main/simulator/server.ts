import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { acceptedKeys, checkAuthorization, type AccountKeys } from './auth';
import { deliver, drawFault, SERVER_ERROR_BODY, type FaultPlan, type Trickle } from './faults';
import { json, PayloadTooLarge, readJsonBody, type ApiResponse } from './http';
import { accountLimitBody, accountLimitHeaders } from './accountLimit';
import { rateLimitHeaders } from './rateLimit';
import { matchRoute } from './router';
import type { SimulatorState } from './state';

export interface ServerOptions extends AccountKeys {
  state: SimulatorState;
  latencyMs: number;
  faults: FaultPlan;
  /** Answer the generate-reply path Famulor dropped in May 2026 (off unless asked for). */
  legacyGenerateReplyPath: boolean;
  trickle?: Trickle;
}

interface IncomingCall {
  method: string;
  url: URL;
  authorization: string | undefined;
  body: unknown;
  origin: string;
}

const API_PREFIX = '/api';

/** Routing, then authentication, then the account's and the endpoint's rate limits, then the endpoint, the order a Laravel stack runs them in. */
const answer = (options: ServerOptions, call: IncomingCall): ApiResponse => {
  const path = call.url.pathname.replace(/\/+$/, '');
  const routePath = path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : null;
  const match =
    routePath === null
      ? ({ kind: 'not_found' } as const)
      : matchRoute(call.method, routePath, { legacyRoutes: options.legacyGenerateReplyPath });
  if (match.kind === 'not_found')
    return json(404, { message: `The route ${path.slice(1)} could not be found.` });
  if (match.kind === 'method_not_allowed') {
    return json(405, {
      message: `The ${call.method} method is not supported for route ${path.slice(1)}. Supported methods: ${match.allowed.join(', ')}.`,
    });
  }
  const { route, params } = match;
  const unauthorized = checkAuthorization(call.authorization, acceptedKeys(options, route.auth), route.auth);
  if (unauthorized) return unauthorized;
  let limitHeaders: Record<string, string> = {};
  const account = options.state.accountLimiter?.hit();
  if (account) {
    limitHeaders = accountLimitHeaders(account);
    if (!account.allowed) return json(429, accountLimitBody(account), limitHeaders);
  }
  // An endpoint's own, tighter limit is checked after the account's; its headers are then the binding ones.
  if (route.limit) {
    const decision = options.state.endpointLimiters[route.limit].hit(options.apiKey);
    limitHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) {
      return json(
        429,
        { message: 'Too Many Attempts.', retry_after: decision.retryAfterSeconds },
        limitHeaders,
      );
    }
  }
  const response = route.handler(options.state, {
    params,
    query: call.url.searchParams,
    body: call.body,
    pathUrl: `${call.origin}${call.url.pathname}`,
  });
  return { ...response, headers: { ...limitHeaders, ...response.headers } };
};

const handle = async (options: ServerOptions, request: IncomingMessage, response: ServerResponse) => {
  if (options.latencyMs > 0) await delay(options.latencyMs);
  const fault = drawFault(options.faults);
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (!(error instanceof PayloadTooLarge)) throw error;
    deliver(response, json(413, { message: 'The request body is too large.' }), null);
    request.resume();
    return;
  }
  if (fault === '500') {
    deliver(response, json(500, SERVER_ERROR_BODY), null);
    return;
  }
  const call: IncomingCall = {
    method: request.method ?? 'GET',
    url: new URL(request.url ?? '/', 'http://127.0.0.1'),
    authorization: request.headers.authorization,
    body,
    origin: `http://127.0.0.1:${request.socket.localPort ?? 0}`,
  };
  deliver(response, answer(options, call), fault, options.trickle);
};

export const createSimulatorServer = (options: ServerOptions): Server =>
  createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      console.error('[simulator] request failed:', error);
      if (!response.headersSent) deliver(response, json(500, SERVER_ERROR_BODY), null);
      else response.destroy();
    });
  });
