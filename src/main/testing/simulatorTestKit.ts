import { afterEach } from 'vitest';
import { z } from 'zod';
import { JsonValueSchema } from '../../shared/domain/famulor';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator/index';

/** 12:30 UTC is 14:30 in Berlin, the assistants' timezone: replies mentioning the date and time are exact. */
export const FIXED_NOW = new Date('2026-06-15T12:30:00Z');

export const CLARA = { id: 101, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13' };
export const MAX = { id: 102, uuid: 'b8e2d4a6-1c3f-4e5a-8b7d-9f0a1c2e3d47' };
export const SOPHIE = { id: 103, uuid: 'd1a7f3c9-5e2b-4b8d-a6c4-7e9f0b1d2c85' };

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export const createClock = (start: Date = FIXED_NOW): TestClock => {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
  };
};

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface TestApi {
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
  get(path: string): Promise<ApiAnswer>;
  post(path: string, body?: unknown): Promise<ApiAnswer>;
  put(path: string, body: unknown): Promise<ApiAnswer>;
  delete(path: string): Promise<ApiAnswer>;
  /** POST with the account's Automate key, the key the takeover routes take. */
  automate(path: string): Promise<ApiAnswer>;
}

export const createApi = (simulator: RunningSimulator): TestApi => {
  const call: TestApi['call'] = async (method, path, body, headers) => {
    const response = await fetch(`${simulator.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${simulator.apiKey}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
  };
  return {
    call,
    get: (path) => call('GET', path),
    post: (path, body = {}) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    delete: (path) => call('DELETE', path),
    automate: (path) => call('POST', path, {}, { Authorization: `Bearer ${simulator.automateKey}` }),
  };
};

export interface TestSimulator {
  simulator: RunningSimulator;
  clock: TestClock;
  api: TestApi;
}

export const startTestSimulator = async (options: SimulatorOptions = {}): Promise<TestSimulator> => {
  const clock = createClock();
  const simulator = await startSimulator({ now: clock.now, ...options });
  return { simulator, clock, api: createApi(simulator) };
};

/**
 * For a test file: a function that starts a simulator without seeded history (unless asked) and closes every
 * simulator it started after each test, so a failing test never leaves a server listening.
 */
export const simulatorsClosedAfterEach = () => {
  const running = new Set<TestSimulator>();
  afterEach(async () => {
    await Promise.all([...running].map((sim) => sim.simulator.close()));
    running.clear();
  });
  return async (options: SimulatorOptions = {}): Promise<TestSimulator> => {
    const sim = await startTestSimulator({ seedHistory: false, ...options });
    running.add(sim);
    return sim;
  };
};

// The documented success shapes of famulor-api.md, strict so an undocumented extra field fails the test.
const FunctionCallShape = z.strictObject({
  name: z.string(),
  arguments: JsonValueSchema,
  result: JsonValueSchema,
});
const ContactShape = z.strictObject({ name: z.string().nullable(), phone: z.string().nullable() });
const Timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

export const shapes = {
  created: z.strictObject({
    status: z.literal(true),
    conversation_id: z.uuid(),
    history: z.array(z.strictObject({ role: z.string(), content: z.string() })),
  }),
  sent: z.strictObject({
    status: z.literal(true),
    message: z.string(),
    function_calls: z.array(FunctionCallShape),
  }),
  detail: z.strictObject({
    status: z.literal(true),
    history: z.array(
      z.strictObject({
        role: z.enum(['user', 'assistant']),
        content: z.string(),
        function_calls: z.array(FunctionCallShape).optional(),
      }),
    ),
    variables: z.record(z.string(), JsonValueSchema).nullable(),
    external_identifier: z.string().optional(),
    whatsapp_sender: ContactShape.optional(),
    customer: ContactShape.optional(),
  }),
  generated: z.strictObject({
    success: z.literal(true),
    conversation_id: z.uuid(),
    customer_identifier: z.string(),
    reply: z.string().nullable(),
    function_calls: z.array(FunctionCallShape),
    ai_disabled: z.boolean(),
  }),
  listItem: z.strictObject({
    id: z.uuid(),
    assistant_id: z.uuid(),
    assistant_name: z.string(),
    type: z.enum(['test', 'widget', 'whatsapp', 'api']),
    variables: z.record(z.string(), JsonValueSchema).nullable(),
    message_count: z.number().int().min(0),
    total_cost: z.number().min(0),
    ai_enabled: z.boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
    external_identifier: z.string().optional(),
    whatsapp_sender: ContactShape.optional(),
    customer: ContactShape.optional(),
  }),
  aiSwitch: z.strictObject({ status: z.literal(true), ai_enabled: z.boolean() }),
  account: z.strictObject({ name: z.string(), email: z.email(), total_balance: z.number() }),
  updated: z.strictObject({
    message: z.literal('Assistant updated successfully'),
    data: z.strictObject({
      id: z.number().int(),
      name: z.string(),
      status: z.string(),
      type: z.string(),
      mode: z.string(),
    }),
  }),
  chatError: z.strictObject({ status: z.literal(false), error: z.string() }),
  generateReplyError: z.strictObject({
    success: z.literal(false),
    error: z.string(),
    error_code: z.string(),
  }),
  laravelValidation: z.strictObject({
    message: z.string(),
    errors: z.record(z.string(), z.array(z.string())),
  }),
};

const isoTimestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
const sessionStatusShape = z.strictObject({
  is_open: z.boolean(),
  can_send_freeform: z.boolean(),
  requires_template: z.boolean(),
  message: z.string(),
  minutes_remaining: z.number().int().min(0).optional(),
  expires_at: isoTimestamp.optional(),
  expired_at: isoTimestamp.optional(),
});

/** The WhatsApp pages' success bodies (en/api-reference/whatsapp/*). */
export const whatsappShapes = {
  senders: z.strictObject({
    data: z.array(
      z.strictObject({
        id: z.number().int(),
        phone_number: z.string().regex(/^\+\d+$/),
        display_name: z.string(),
        status: z.enum(['online', 'offline']),
        quality_rating: z.enum(['GREEN', 'YELLOW', 'RED']),
        messaging_limit: z.number().int().nullable(),
        messaging_limit_formatted: z.string(),
      }),
    ),
  }),
  templates: z.strictObject({
    data: z.array(
      z.strictObject({
        id: z.number().int(),
        name: z.string(),
        language: z.string(),
        category: z.enum(['marketing', 'utility', 'authentication']),
        status: z.enum(['approved', 'pending', 'rejected']),
        body_text: z.string(),
        variables: z.array(z.string()),
        has_variables: z.boolean(),
      }),
    ),
  }),
  session: z.strictObject({
    success: z.literal(true),
    has_conversation: z.boolean(),
    conversation_id: z.number().int().optional(),
    customer_name: z.string().optional(),
    last_customer_message_at: isoTimestamp.optional(),
    session_status: sessionStatusShape,
  }),
  freeformSent: z.strictObject({
    success: z.literal(true),
    conversation_id: z.number().int(),
    message_id: z.number().int(),
    whatsapp_message_id: z.number().int(),
    message_sid: z.string().regex(/^SM[0-9a-f]{32}$/),
    session_status: sessionStatusShape,
  }),
  templateSent: z.strictObject({
    success: z.literal(true),
    conversation_id: z.number().int(),
    message_id: z.number().int(),
    whatsapp_message_id: z.number().int(),
    message_sid: z.string().regex(/^SM[0-9a-f]{32}$/),
    status: z.string(),
  }),
  error: z.strictObject({
    success: z.literal(false),
    error: z.string(),
    error_code: z.string(),
    session_status: sessionStatusShape.optional(),
  }),
};

export const listPageShape = z.strictObject({
  data: z.array(shapes.listItem),
  path: z.string(),
  per_page: z.number().int(),
  next_cursor: z.string().nullable(),
  prev_cursor: z.string().nullable(),
});

export const assistantShape = z.object({
  id: z.number().int(),
  uuid: z.uuid(),
  name: z.string(),
  variables: z.record(z.string(), JsonValueSchema),
  initial_message: z.string().nullable(),
  system_prompt: z.string().nullable(),
  tools: z.array(z.strictObject({ type: z.string(), data: JsonValueSchema })),
  language: z.string(),
  language_id: z.number().int(),
  voice_id: z.number().int(),
  llm_model_id: z.number().int().nullable(),
  multimodal_model_id: z.number().int().nullable(),
  type: z.enum(['inbound', 'outbound']),
  status: z.enum(['active', 'inactive']),
  timezone: z.string().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const assistantPageShape = z.strictObject({
  data: z.array(assistantShape),
  current_page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
  last_page: z.number().int(),
});
