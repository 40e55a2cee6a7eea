import type { FunctionCall } from '../../../shared/domain/famulor';
import type { TranscriptEntry } from '../../../shared/domain/session';

/** What one transcript answered to its n-th user message. */
export interface TurnReply {
  userMessage: string;
  /** Assistant (and error) text after the user message, up to the next one, joined by blank lines. */
  reply: string;
  functionCalls: FunctionCall[];
  failed: boolean;
}

/** Turn n (1-based) of every compared transcript; a transcript without that turn has null. */
export interface AlignedTurn {
  turn: number;
  userMessage: string;
  replies: (TurnReply | null)[];
}

/** Splits a transcript at its user messages; whatever came before the first one (the greeting) is not a turn. */
export const turnsOf = (transcript: readonly TranscriptEntry[]): TurnReply[] => {
  const turns: TurnReply[] = [];
  for (const entry of transcript) {
    if (entry.role === 'user') {
      turns.push({ userMessage: entry.content, reply: '', functionCalls: [], failed: false });
      continue;
    }
    const current = turns.at(-1);
    if (!current || entry.role === 'system') continue;
    current.reply = current.reply === '' ? entry.content : `${current.reply}\n\n${entry.content}`;
    current.functionCalls.push(...entry.functionCalls);
    if (entry.role === 'error') current.failed = true;
  }
  return turns;
};

/** Aligns transcripts turn by turn (turn = the n-th user message), as long as the longest of them. */
export const alignTurns = (transcripts: readonly (readonly TranscriptEntry[])[]): AlignedTurn[] => {
  const perTranscript = transcripts.map(turnsOf);
  const length = Math.max(0, ...perTranscript.map((turns) => turns.length));
  return Array.from({ length }, (_, index) => {
    const replies = perTranscript.map((turns) => turns[index] ?? null);
    const first = replies.find((reply) => reply !== null);
    return { turn: index + 1, userMessage: first?.userMessage ?? '', replies };
  });
};
