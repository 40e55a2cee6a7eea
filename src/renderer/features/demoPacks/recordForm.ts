import type { PackRecording } from '../../../shared/domain/demoPack';
import type { Assistant, ConversationSummary } from '../../../shared/domain/famulor';
import type { ReplayScript, SessionSummary } from '../../../shared/domain/session';

/** What the record form holds while the person chooses. */
export interface RecordChoice {
  name: string;
  description: string;
  assistantUuids: string[];
  sessions: string[];
  threads: string[];
  scripts: string[];
  phones: boolean;
  emails: boolean;
  secretVariables: string[];
}

/** A variable whose name says it is secret starts out marked so. */
const SECRET_NAME = /key|token|secret|password|passwort|pin|iban/i;

/** A pack id from its name: "Autohaus Becker — Service" → "autohaus-becker-service". */
export const packIdOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '') || 'pack';

/** The variables of the chosen assistants, each name once, in the order the assistants list them. */
export const variableNamesOf = (assistants: readonly Assistant[], uuids: readonly string[]): string[] => [
  ...new Set(
    assistants
      .filter((assistant) => uuids.includes(assistant.uuid ?? ''))
      .flatMap((assistant) => Object.keys(assistant.variables)),
  ),
];

export const suggestedSecrets = (names: readonly string[]): string[] =>
  names.filter((name) => SECRET_NAME.test(name));

/** The sessions that can hold a conversation with one of the chosen assistants (by the names the list shows). */
export const sessionsFor = (
  sessions: readonly SessionSummary[],
  assistants: readonly Assistant[],
  uuids: readonly string[],
): SessionSummary[] => {
  const names = new Set(
    assistants.filter((assistant) => uuids.includes(assistant.uuid ?? '')).map((assistant) => assistant.name),
  );
  return sessions.filter((session) => session.assistantNames.some((name) => names.has(name)));
};

export const threadsFor = (
  threads: readonly ConversationSummary[],
  uuids: readonly string[],
): ConversationSummary[] => threads.filter((thread) => uuids.includes(String(thread.assistantId ?? '')));

export const scriptsFor = (scripts: readonly ReplayScript[], uuids: readonly string[]): ReplayScript[] =>
  scripts.filter((script) => uuids.includes(script.assistant.uuid ?? ''));

/** The request main records from; only what still belongs to a chosen assistant goes. */
export const recordingOf = (
  choice: RecordChoice,
  context: {
    threads: readonly ConversationSummary[];
    sessionId: string | null;
    scripts: readonly ReplayScript[];
  },
  replace: boolean,
): PackRecording => ({
  id: packIdOf(choice.name),
  name: choice.name.trim(),
  description: choice.description.trim(),
  assistantUuids: choice.assistantUuids,
  sessions: choice.sessions,
  threads: threadsFor(context.threads, choice.assistantUuids)
    .filter((thread) => choice.threads.includes(thread.id))
    .map((thread) => ({ conversationId: thread.id, assistantUuid: String(thread.assistantId) })),
  scripts:
    context.sessionId === null
      ? []
      : scriptsFor(context.scripts, choice.assistantUuids)
          .filter((script) => choice.scripts.includes(script.id))
          .map((script) => ({ sessionId: context.sessionId as string, scriptId: script.id })),
  redaction: { phones: choice.phones, emails: choice.emails, secretVariables: choice.secretVariables },
  replace,
});
