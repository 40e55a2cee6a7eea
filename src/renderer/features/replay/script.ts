import type { JsonValue, Variables } from '../../../shared/domain/famulor';
import type { Pane, PaneAssistant } from '../../../shared/domain/session';
import { MAX_MESSAGE_LENGTH } from '../../../shared/limits';
import { characterCount } from '../../../shared/text';

/**
 * A replay script: the user messages of a pane, kept with the session in `session.scripts` (a list of JSON
 * records whose shape the renderer owns). `kind` tells scripts apart from anything else kept there later.
 */
export interface ReplayScript {
  kind: 'replay-script';
  id: string;
  name: string;
  createdAt: string;
  /** Label of the pane the messages came from, shown next to the name. */
  source: string;
  /** The source pane's assistant and variables: what a replay starts from, even after that pane is closed. */
  assistant: PaneAssistant;
  variables: Variables;
  messages: string[];
}

export const MAX_SCRIPT_NAME_LENGTH = 120;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && characterCount(value) <= max;

const isAssistant = (value: unknown): value is PaneAssistant =>
  isRecord(value) &&
  (value.id === null || Number.isInteger(value.id)) &&
  (value.uuid === null || typeof value.uuid === 'string') &&
  typeof value.name === 'string';

const isJsonValue = (value: unknown): value is JsonValue =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every(isJsonValue)) ||
  (isRecord(value) && Object.values(value).every(isJsonValue));

const isVariables = (value: unknown): value is Variables => isRecord(value) && isJsonValue(value);

/** Runtime guard for what comes back from the session file: scripts are data another version may have written. */
export const isReplayScript = (value: unknown): value is ReplayScript =>
  isRecord(value) &&
  value.kind === 'replay-script' &&
  isNonEmptyString(value.id, 64) &&
  isNonEmptyString(value.name, MAX_SCRIPT_NAME_LENGTH) &&
  typeof value.createdAt === 'string' &&
  !Number.isNaN(Date.parse(value.createdAt)) &&
  typeof value.source === 'string' &&
  isAssistant(value.assistant) &&
  isVariables(value.variables) &&
  Array.isArray(value.messages) &&
  value.messages.length > 0 &&
  value.messages.every((message) => isNonEmptyString(message, MAX_MESSAGE_LENGTH));

/** The scripts among a session's stored records; records of other kinds or broken ones are skipped. */
export const readScripts = (stored: readonly Record<string, JsonValue>[] | undefined): ReplayScript[] =>
  (stored ?? []).flatMap((record) => (isReplayScript(record) ? [record] : []));

/** The stored form: a plain JSON record, as the session schema wants. */
export const toStoredScript = (script: ReplayScript): Record<string, JsonValue> => ({
  kind: script.kind,
  id: script.id,
  name: script.name,
  createdAt: script.createdAt,
  source: script.source,
  assistant: { ...script.assistant },
  variables: { ...script.variables },
  messages: [...script.messages],
});

export const userMessagesOf = (pane: Pane): string[] =>
  pane.transcript
    .filter((entry) => entry.role === 'user' && entry.content.trim() !== '')
    .map((entry) => entry.content);

export type ScriptProblem = 'noMessages' | 'nameMissing' | 'nameTooLong' | 'nameTaken';

export interface ScriptDraft {
  name: string;
  pane: Pane;
  paneLabel: string;
  existing: readonly ReplayScript[];
  id: string;
  now: Date;
}

/** Builds a script from a pane, or says why it cannot (shown next to the Save button). */
export const createScript = ({
  name,
  pane,
  paneLabel,
  existing,
  id,
  now,
}: ScriptDraft): ReplayScript | ScriptProblem => {
  const trimmed = name.trim();
  if (trimmed === '') return 'nameMissing';
  if (trimmed.length > MAX_SCRIPT_NAME_LENGTH) return 'nameTooLong';
  if (existing.some((script) => script.name.toLowerCase() === trimmed.toLowerCase())) return 'nameTaken';
  const messages = userMessagesOf(pane);
  if (messages.length === 0) return 'noMessages';
  return {
    kind: 'replay-script',
    id,
    name: trimmed,
    createdAt: now.toISOString(),
    source: paneLabel,
    assistant: pane.assistant,
    variables: pane.variables,
    messages,
  };
};

/** Replaces this script's record (or appends it), leaving records of other kinds where they were. */
export const upsertScript = (
  stored: readonly Record<string, JsonValue>[] | undefined,
  script: ReplayScript,
): Record<string, JsonValue>[] => {
  const records = [...(stored ?? [])];
  const index = records.findIndex((record) => isReplayScript(record) && record.id === script.id);
  if (index === -1) return [...records, toStoredScript(script)];
  records[index] = toStoredScript(script);
  return records;
};

export const removeScript = (
  stored: readonly Record<string, JsonValue>[] | undefined,
  scriptId: string,
): Record<string, JsonValue>[] =>
  (stored ?? []).filter((record) => !(isReplayScript(record) && record.id === scriptId));
