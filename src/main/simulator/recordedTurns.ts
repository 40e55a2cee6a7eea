import type { RecordedConversation, RecordedTurn } from '../../shared/domain/demoPack';
import { similarity } from '../../shared/similarity';

/** Where a conversation is in a recorded script: the last turn that answered it. */
export interface ScriptPosition {
  conversation: number;
  turn: number;
}

interface IndexedTurn {
  position: ScriptPosition;
  turn: RecordedTurn;
  /** The user's words and their alternatives, reduced to what carries meaning. */
  phrasings: string[];
}

/** An assistant's recorded turns, reduced once at load time. */
export interface RecordedIndex {
  turns: IndexedTurn[];
}

export interface RecordedMatch {
  turn: RecordedTurn;
  position: ScriptPosition;
  score: number;
}

/**
 * Words that say how something is asked rather than what, in English and German: dropped before comparing, so that
 * "Can you tell me when you are open?" and "When do you open?" come down to the same few words.
 */
const FILLER_WORDS = new Set(
  (
    'a an the and or but if of to in on at for with from by about as is are was were be been am do does did ' +
    'i me my we us our you your it its this that these those there here can could would should will shall may ' +
    'might must please tell let know just really so some any what how which who whom whose hi hello hey ' +
    'have has had get want like ' +
    'ich mich mir mein meine wir uns unser du dich dir dein ihr euch sie ihnen ihre er es der die das den dem des ' +
    'ein eine einen einem einer und oder aber wenn ob zu im in am an auf für fur mit von vom bei um als ist sind ' +
    'war bin bist sein kann können konnen könnte konnte würde wurde möchte mochte gern gerne bitte mal doch ' +
    'denn noch schon auch nur so wie was welche welcher welches wer hallo guten tag sagen sag ' +
    'hat habe haben hätte hatte will wollen möchten'
  ).split(' '),
);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

/** The words of a message that carry its meaning; all of them when every one is a filler ("Yes, please"). */
export const meaningfulText = (text: string): string => {
  const all = words(text);
  const kept = all.filter((word) => !FILLER_WORDS.has(word));
  return (kept.length > 0 ? kept : all).join(' ');
};

/**
 * Below this a message has no recorded answer. Chosen on the tests' paraphrases and unrelated messages
 * (recordedTurns.test.ts): paraphrases score 0.45 and above, an unrelated question below 0.3.
 */
export const MATCH_THRESHOLD = 0.4;

/** The next turn of the conversation being followed wins a close call, so a script plays in its order. */
export const FOLLOWING_BONUS = 0.15;

export const indexRecorded = (conversations: RecordedConversation[]): RecordedIndex => ({
  turns: conversations.flatMap((conversation, conversationIndex) =>
    conversation.turns.map((turn, turnIndex) => ({
      position: { conversation: conversationIndex, turn: turnIndex },
      turn,
      phrasings: [turn.user, ...turn.alternatives].map(meaningfulText),
    })),
  ),
});

const isNext = (candidate: ScriptPosition, last: ScriptPosition | null): boolean =>
  last !== null && candidate.conversation === last.conversation && candidate.turn === last.turn + 1;

/**
 * The recorded turn closest to `message`: the highest character-trigram cosine (shared/similarity.ts — accents
 * folded, so German compounds and inflections still meet) between the message's meaningful words and any phrasing
 * of a turn, the next turn of the script being followed raised by FOLLOWING_BONUS. Null below MATCH_THRESHOLD.
 */
export const matchRecorded = (
  index: RecordedIndex,
  message: string,
  last: ScriptPosition | null,
): RecordedMatch | null => {
  const wanted = meaningfulText(message);
  let best: RecordedMatch | null = null;
  for (const { position, turn, phrasings } of index.turns) {
    const closest = Math.max(...phrasings.map((phrasing) => similarity(wanted, phrasing)));
    const score = closest + (isNext(position, last) ? FOLLOWING_BONUS : 0);
    if (closest >= MATCH_THRESHOLD && (best === null || score > best.score)) {
      best = { turn, position, score };
    }
  }
  return best;
};
