import { escapeRegExp } from '../../shared/text';
import type { AuthStyle } from './auth';
import type { ApiResponse, RequestContext } from './http';
import { createConversation, getConversation, sendMessage } from './routes/chat';
import { generateReply } from './routes/generateReply';
import { getAccount } from './routes/account';
import {
  createAssistant,
  deleteAssistant,
  listAssistants,
  listLanguages,
  listMidCallTools,
  listModels,
  updateAssistant,
} from './routes/assistants';
import { listConversations, switchAi } from './routes/threads';
import type { EndpointLimit, SimulatorState } from './state';
import { listSenders, listTemplates, sendFreeform, sendTemplate, sessionStatus } from './routes/whatsapp';

type Handler = (state: SimulatorState, context: RequestContext) => ApiResponse;

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: RegExp;
  paramNames: string[];
  auth: AuthStyle;
  /** The endpoint's own limit on top of the account's: generate-reply's 5 a minute, WhatsApp sends' 5 a second. */
  limit: EndpointLimit | null;
  /** A route Famulor has dropped from its reference: answered only when the simulator is asked to. */
  legacy: boolean;
  handler: Handler;
}

const route = (
  method: Route['method'],
  path: string,
  handler: Handler,
  options: { auth?: AuthStyle; limit?: EndpointLimit; legacy?: boolean } = {},
): Route => {
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      paramNames.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return {
    method,
    pattern: new RegExp(`^${source}$`),
    paramNames,
    auth: options.auth ?? 'standard',
    limit: options.limit ?? null,
    legacy: options.legacy ?? false,
    handler,
  };
};

/** Every endpoint of famulor-api.md, relative to `/api`. */
const ROUTES: Route[] = [
  route('POST', '/conversations', createConversation),
  route('POST', '/conversations/:uuid/messages', sendMessage),
  route('GET', '/conversations/:uuid', getConversation),
  route('POST', '/user/ai/generate-reply', generateReply, { limit: 'generate_reply' }),
  // Dropped from Famulor's reference in May 2026; a client still using it must see the 404 Famulor may give.
  route('POST', '/ai/generate-reply', generateReply, { limit: 'generate_reply', legacy: true }),
  route('GET', '/user/conversations', listConversations),
  route('POST', '/automate/conversations/:uuid/disable-ai', switchAi(false), { auth: 'takeover' }),
  route('POST', '/automate/conversations/:uuid/enable-ai', switchAi(true), { auth: 'takeover' }),
  route('GET', '/user/me', (state) => getAccount(state)),
  route('GET', '/user/assistants/get', listAssistants),
  route('POST', '/user/assistant', createAssistant),
  route('PUT', '/user/assistant/:id', updateAssistant),
  route('DELETE', '/user/assistant/:id', deleteAssistant),
  route('GET', '/user/assistants/models', listModels),
  route('GET', '/user/assistants/languages', () => listLanguages()),
  route('GET', '/user/tools', (state) => listMidCallTools(state)),
  route('GET', '/user/whatsapp/senders', listSenders),
  route('GET', '/user/whatsapp/senders/:senderId/templates', listTemplates),
  route('GET', '/user/whatsapp/session-status', sessionStatus),
  route('POST', '/user/whatsapp/send-freeform', sendFreeform, { limit: 'whatsapp_send' }),
  route('POST', '/user/whatsapp/send', sendTemplate, { limit: 'whatsapp_send' }),
];

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

const decodeSegment = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

export interface RouteOptions {
  /** Also answer routes Famulor has removed (`legacy`). */
  legacyRoutes: boolean;
}

export const matchRoute = (method: string, path: string, options: RouteOptions): RouteMatch => {
  const allowed: string[] = [];
  for (const candidate of ROUTES) {
    if (candidate.legacy && !options.legacyRoutes) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    if (candidate.method !== method) {
      allowed.push(candidate.method);
      continue;
    }
    const values = match.slice(1).map(decodeSegment);
    if (values.some((value) => value === null)) return { kind: 'not_found' };
    const params = Object.fromEntries(candidate.paramNames.map((name, index) => [name, values[index] ?? '']));
    return { kind: 'found', route: candidate, params };
  }
  return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
};
