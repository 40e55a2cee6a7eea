import type { AssistantVersion } from '../../shared/domain/assistantLab';
import type { JsonValue } from '../../shared/domain/famulor';
import type { Session } from '../../shared/domain/session';

export const REDACTED = '[redacted]';

// Whole words only, so "keyboard" or "monkey" stay while "apiKey", "api_key", "accessToken" go.
const SECRET_WORDS = new Set([
  'key',
  'apikey',
  'token',
  'password',
  'passwd',
  'pwd',
  'secret',
  'credential',
  'credentials',
  'authorization',
]);

const words = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export const looksSecret = (name: string): boolean => words(name).some((word) => SECRET_WORDS.has(word));

/** Replaces the value of every object member whose name looks secret, at any depth. */
export const redactJson = (value: JsonValue): JsonValue => {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, member]) => [name, looksSecret(name) ? REDACTED : redactJson(member)]),
  );
};

const redactRecord = (record: Record<string, JsonValue>): Record<string, JsonValue> =>
  Object.fromEntries(
    Object.entries(record).map(([name, member]) => [name, looksSecret(name) ? REDACTED : redactJson(member)]),
  );

/** Variables and function-call arguments/results are where credentials end up in a playground session. */
export const redactSession = (session: Session): Session => ({
  ...session,
  panes: session.panes.map((pane) => ({
    ...pane,
    variables: redactRecord(pane.variables),
    transcript: pane.transcript.map((entry) => ({
      ...entry,
      functionCalls: entry.functionCalls.map((call) => ({
        ...call,
        arguments: redactJson(call.arguments),
        result: redactJson(call.result),
      })),
    })),
  })),
});

/**
 * A lab version's variable defaults are the same kind of place as a pane's variables, and its built-in tools hold
 * credentials of their own (calendar_integration's `calcom_api_key`).
 */
export const redactVersion = (version: AssistantVersion): AssistantVersion => ({
  ...version,
  draft: {
    ...version.draft,
    variables: redactRecord(version.draft.variables),
    tools: version.draft.tools.map(({ type, ...fields }) => ({
      ...redactRecord(fields as Record<string, JsonValue>),
      type,
    })),
  },
});
