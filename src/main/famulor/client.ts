import { createHash } from 'node:crypto';
import type {
  Account,
  AiSwitch,
  AssistantPage,
  AssistantReply,
  ConversationDetail,
  ConversationPage,
  ConversationType,
  CreatedConversation,
  GeneratedReply,
  JsonValue,
  ConversationFilters,
  Variables,
} from '../../shared/domain/famulor';
import { configuredPath, pathSegment, type ConnectionSettings } from './requestUrls';
import {
  accountPacer,
  generateReplyPacer,
  whatsappSendPacer,
  type PacedEndpoint,
  type PacerQueueListener,
  type RequestPacer,
} from './pacer';
import {
  AccountResponse,
  AssistantPageResponse,
  AssistantReplyResponse,
  ConversationDetailResponse,
  ConversationPageResponse,
  CreatedConversationResponse,
  GeneratedReplyResponse,
} from './rawSchemas';
import { assistantWriteCalls, type AssistantWriteCalls } from './assistantWrites';
import type { AppError } from '../../shared/result';
import type { ExchangeRecorder } from './recorder';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPolicy';
import { abortableSleep, type Sleep } from './sleep';
import { switchAi } from './takeover';
import { sendRequest, type CallOptions, type TransportSettings } from './transport';
import { whatsappCalls, type WhatsAppCalls } from './whatsapp';

export { DEFAULT_CONNECTION, type ConnectionSettings } from './requestUrls';
export type { CallOptions } from './transport';

export interface FamulorClient extends WhatsAppCalls, AssistantWriteCalls {
  createConversation(
    input: { assistantUuid: string; type: ConversationType; variables?: Variables },
    options?: CallOptions,
  ): Promise<CreatedConversation>;
  sendMessage(
    input: { conversationId: string; message: string },
    options?: CallOptions,
  ): Promise<AssistantReply>;
  getConversation(input: { conversationId: string }, options?: CallOptions): Promise<ConversationDetail>;
  generateReply(
    input: { assistantId: number; customerIdentifier: string; message: string; variables?: Variables },
    options?: CallOptions,
  ): Promise<GeneratedReply>;
  listConversations(input: ConversationFilters, options?: CallOptions): Promise<ConversationPage>;
  listAssistants(input: { page?: number; perPage?: number }, options?: CallOptions): Promise<AssistantPage>;
  getAccount(options?: CallOptions): Promise<Account>;
  disableAi(input: { conversationId: string }, options?: CallOptions): Promise<AiSwitch>;
  enableAi(input: { conversationId: string }, options?: CallOptions): Promise<AiSwitch>;
}

export interface FamulorClientOptions {
  connection: ConnectionSettings;
  /** Read from the keychain for every request, so a changed key takes effect at once. */
  getApiKey: () => Promise<string | null>;
  /** The profile's Automate key, read for every takeover call; without one, takeover sends the API key. */
  getAutomateKey?: () => Promise<string | null>;
  fetch?: typeof fetch;
  /** Per attempt; 30 s by default because tool calls can take seconds. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  /**
   * Omitted: one pacer per API key and limited endpoint (generate-reply, WhatsApp sends), made by the client.
   * Given: that one for both. `null`: no pacing (tests of the server's 429).
   */
  pacer?: RequestPacer | null;
  /**
   * Omitted: the client paces every call of its account (one client per profile, so one pacer per account).
   * Given: several clients of one account share it. `null`: no account pacing (tests of the server's answers).
   */
  accountPacer?: RequestPacer | null;
  /** Told when calls queue behind the account-wide limit (the status bar shows it). */
  onAccountQueue?: PacerQueueListener;
  /** Told how each call ended: null when Famulor answered, else the failure (cancelled calls are not told). */
  onOutcome?: (error: AppError | null) => void;
  recorder?: ExchangeRecorder;
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Variables are only sent when given, so the assistant's defaults stay in force otherwise. */
const withVariables = (
  body: { [key: string]: JsonValue },
  variables: Variables | undefined,
): { [key: string]: JsonValue } => (variables === undefined ? body : { ...body, variables });

const conversationPath = (conversationId: string) =>
  `/conversations/${pathSegment(conversationId, 'conversation id')}`;

const ENDPOINT_PACERS = { generate_reply: generateReplyPacer, whatsapp_send: whatsappSendPacer };

const pacersPerKey = (options: FamulorClientOptions, now: () => number, sleep: Sleep) => {
  // Keyed by a hash so the map does not keep another copy of each key.
  const pacers = new Map<string, RequestPacer>();
  return (apiKey: string, endpoint: PacedEndpoint): RequestPacer | null => {
    if (options.pacer !== undefined) return options.pacer;
    const id = `${endpoint}:${createHash('sha256').update(apiKey).digest('hex')}`;
    let pacer = pacers.get(id);
    if (!pacer) {
      pacer = ENDPOINT_PACERS[endpoint]({ now, sleep });
      pacers.set(id, pacer);
    }
    return pacer;
  };
};

export function createFamulorClient(options: FamulorClientOptions): FamulorClient {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? abortableSleep;
  const settings: TransportSettings = {
    connection: options.connection,
    getApiKey: options.getApiKey,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    pacerFor: pacersPerKey(options, now, sleep),
    accountPacer:
      options.accountPacer !== undefined
        ? options.accountPacer
        : accountPacer({
            now,
            sleep,
            ...(options.onAccountQueue ? { onQueue: options.onAccountQueue } : {}),
          }),
    recorder: options.recorder ?? null,
    onOutcome: options.onOutcome ?? null,
    now,
    sleep,
    random: options.random ?? Math.random,
  };

  return {
    createConversation: async ({ assistantUuid, type, variables }, callOptions) =>
      sendRequest(
        settings,
        {
          method: 'POST',
          path: '/conversations',
          body: withVariables({ assistant_id: assistantUuid, type }, variables),
        },
        CreatedConversationResponse,
        callOptions,
      ),
    sendMessage: async ({ conversationId, message }, callOptions) =>
      sendRequest(
        settings,
        { method: 'POST', path: `${conversationPath(conversationId)}/messages`, body: { message } },
        AssistantReplyResponse,
        callOptions,
      ),
    getConversation: async ({ conversationId }, callOptions) =>
      sendRequest(
        settings,
        { method: 'GET', path: conversationPath(conversationId) },
        ConversationDetailResponse,
        callOptions,
      ),
    generateReply: async ({ assistantId, customerIdentifier, message, variables }, callOptions) =>
      sendRequest(
        settings,
        {
          method: 'POST',
          path: configuredPath(settings.connection.generateReplyPath),
          body: withVariables(
            { assistant_id: assistantId, customer_identifier: customerIdentifier, message },
            variables,
          ),
          endpoint: 'generate_reply',
        },
        GeneratedReplyResponse,
        callOptions,
      ),
    listConversations: async (input, callOptions) =>
      sendRequest(
        settings,
        {
          method: 'GET',
          path: '/user/conversations',
          query: {
            type: input.type,
            assistant_id: input.assistantId,
            customer_phone: input.customerPhone,
            whatsapp_sender_phone: input.whatsappSenderPhone,
            external_identifier: input.externalIdentifier,
            per_page: input.perPage,
            cursor: input.cursor,
          },
        },
        ConversationPageResponse,
        callOptions,
      ),
    listAssistants: async ({ page, perPage }, callOptions) =>
      sendRequest(
        settings,
        { method: 'GET', path: '/user/assistants/get', query: { per_page: perPage, page } },
        AssistantPageResponse,
        callOptions,
      ),
    getAccount: async (callOptions) =>
      sendRequest(settings, { method: 'GET', path: '/user/me' }, AccountResponse, callOptions),
    disableAi: async ({ conversationId }, callOptions) =>
      switchAi(settings, options.getAutomateKey, { conversationId, action: 'disable-ai' }, callOptions),
    enableAi: async ({ conversationId }, callOptions) =>
      switchAi(settings, options.getAutomateKey, { conversationId, action: 'enable-ai' }, callOptions),
    ...whatsappCalls(settings),
    ...assistantWriteCalls(settings),
  };
}
