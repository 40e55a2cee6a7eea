import type {
  Assistant,
  ConversationDetail,
  ConversationSummary,
  Variables,
} from '../../../shared/domain/famulor';
import type { PaneAssistant } from '../../../shared/domain/session';
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '../../../shared/limits';
import { characterCount } from '../../../shared/text';
import type { ReplayScript } from '../../../shared/domain/session';
import { MAX_SCRIPT_NAME_LENGTH } from '../../../shared/domain/sessionFormat';

/** What "Open in playground" makes of a thread: the pane's assistant and variables, and the replay script. */
export interface PlaygroundHandoff {
  assistant: PaneAssistant;
  /** False when the thread did not say which assistant it ran on (opened by UUID): the person picks one. */
  assistantKnown: boolean;
  variables: Variables;
  /** The thread's customer messages in order; null when it has none. */
  script: ReplayScript | null;
  /** Customer messages longer than a playground message may be, left out of the script. */
  skippedTooLong: number;
}

export interface HandoffInput {
  conversationId: string;
  title: string;
  summary: ConversationSummary | null;
  detail: ConversationDetail;
  /** The account's assistants as far as they are loaded; the list names a thread's assistant by UUID. */
  assistants: readonly Assistant[];
  scriptId: string;
  now: Date;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The thread list names the assistant by its UUID (what creating a test conversation needs); the account's
 * assistant list adds the integer id and the current name when it has that assistant.
 */
const assistantOf = (summary: ConversationSummary | null, assistants: readonly Assistant[]) => {
  const reference = summary?.assistantId ?? null;
  if (reference === null) return null;
  const known = assistants.find((assistant) => assistant.uuid === reference || assistant.id === reference);
  if (known) return { id: known.id, uuid: known.uuid, name: known.name };
  return typeof reference === 'string'
    ? { id: null, uuid: reference, name: summary?.assistantName ?? '' }
    : { id: reference, uuid: null, name: summary?.assistantName ?? '' };
};

export const playgroundHandoff = ({
  conversationId,
  title,
  summary,
  detail,
  assistants,
  scriptId,
  now,
}: HandoffInput): PlaygroundHandoff => {
  const assistant = assistantOf(summary, assistants);
  const customerMessages = detail.history
    .filter((entry) => entry.role === 'user' && entry.content.trim() !== '')
    .map((entry) => entry.content);
  const messages = customerMessages.filter((message) => characterCount(message) <= MAX_MESSAGE_LENGTH);
  const resolved = assistant ?? { id: null, uuid: null, name: '' };
  const variables = detail.variables ?? summary?.variables ?? {};
  return {
    assistant: resolved,
    assistantKnown: assistant !== null,
    variables,
    skippedTooLong: customerMessages.length - messages.length,
    script:
      messages.length === 0
        ? null
        : {
            id: scriptId,
            name: shorten(`${title} · ${conversationId.slice(0, 8)}`, MAX_SCRIPT_NAME_LENGTH),
            createdAt: now.toISOString(),
            source: shorten(title, MAX_NAME_LENGTH),
            assistant: resolved,
            variables,
            messages,
          },
  };
};
