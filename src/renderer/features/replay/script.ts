import type { Pane, ReplayScript } from '../../../shared/domain/session';
import { MAX_SCRIPT_NAME_LENGTH } from '../../../shared/domain/sessionFormat';

/** Replay scripts are the user messages of a pane, kept with the session (`session.replayScripts`). */

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
    id,
    name: trimmed,
    createdAt: now.toISOString(),
    source: paneLabel,
    assistant: pane.assistant,
    variables: pane.variables,
    messages,
  };
};
