import type { ConversationType, FunctionCall, Variables } from '../domain/famulor';
import type { JsonValue } from '../domain/json';
import { MAX_MESSAGE_LENGTH } from '../limits';
import { characterCount } from '../text';
import type { TestSuiteInput } from './suite';

/** A conversation entry as a playground pane or a customer thread holds it. */
export interface ConversationEntry {
  role: string;
  content: string;
  functionCalls: FunctionCall[];
}

export interface ConversationToTest {
  suiteName: string;
  caseName: string;
  assistant: { name: string; uuid: string | null };
  type: ConversationType;
  variables: Variables;
  /** The name of the variable set the conversation's variables become. */
  variableSetName: string;
  entries: ConversationEntry[];
}

const MAX_KEYWORDS = 3;

/**
 * Up to three words of a reply worth expecting again: first what carries a digit (times, dates, order numbers,
 * prices), then the longest words — the reply's specific facts rather than its filler. In the reply's order.
 */
export const suggestedKeywords = (reply: string): string[] => {
  const words = [...reply.matchAll(/[\p{L}\p{N}][\p{L}\p{N}:.\-/]*[\p{L}\p{N}]/gu)].map((match, index) => ({
    word: match[0],
    index,
  }));
  const distinct = [...new Map(words.map((entry) => [entry.word.toLocaleLowerCase(), entry])).values()];
  const withDigits = distinct.filter((entry) => /\p{N}/u.test(entry.word));
  const longest = distinct
    .filter((entry) => !/\p{N}/u.test(entry.word) && [...entry.word].length >= 6)
    .sort((a, b) => [...b.word].length - [...a.word].length || a.index - b.index);
  return [...withDigits, ...longest]
    .slice(0, MAX_KEYWORDS)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.word);
};

/** A call's plain arguments (texts, numbers, flags at the top level): what a test can expect without being brittle. */
const plainArguments = (value: JsonValue): { [key: string]: JsonValue } | null => {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as JsonValue;
    } catch {
      return null;
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const plain = Object.fromEntries(
    Object.entries(parsed).filter(([, field]) => field === null || typeof field !== 'object'),
  );
  return Object.keys(plain).length > 0 ? plain : null;
};

/**
 * A suite of one case made from a conversation: each user message a turn, expecting what the assistant did then —
 * the key words of its reply, the functions it called with their plain arguments, and that the functions it
 * called in other turns were not called in this one. Suggestions to edit, not a verdict: replies vary, so the
 * words are few and the arguments partial.
 */
export const suiteFromConversation = (input: ConversationToTest): TestSuiteInput => {
  const turns: NonNullable<TestSuiteInput['cases'][number]['turns']> = [];
  const everyFunction = new Set(
    input.entries.flatMap((entry) => entry.functionCalls.map((call) => call.name)),
  );
  input.entries.forEach((entry, index) => {
    if (
      entry.role !== 'user' ||
      entry.content.trim() === '' ||
      characterCount(entry.content) > MAX_MESSAGE_LENGTH
    )
      return;
    const answer = input.entries.slice(index + 1).find((next) => next.role !== 'system');
    if (answer?.role !== 'assistant') {
      turns.push({ user: entry.content });
      return;
    }
    const called = [...new Set(answer.functionCalls.map((call) => call.name))];
    const calls = [
      ...called.map((name) => {
        const plain = plainArguments(
          answer.functionCalls.find((call) => call.name === name)?.arguments ?? null,
        );
        return plain ? { name, arguments: { includes: plain } } : { name };
      }),
      ...[...everyFunction].filter((name) => !called.includes(name)).map((name) => ({ name, called: false })),
    ];
    const keywords = suggestedKeywords(answer.content);
    turns.push({
      user: entry.content,
      ...(keywords.length > 0 ? { reply: { contains: keywords } } : {}),
      ...(calls.length > 0 ? { calls } : {}),
    });
  });
  const hasVariables = Object.keys(input.variables).length > 0;
  return {
    name: input.suiteName,
    assistants: [input.assistant.uuid ?? input.assistant.name],
    ...(input.type !== 'test' || hasVariables
      ? {
          matrix: {
            types: [input.type],
            ...(hasVariables
              ? { variableSets: [{ name: input.variableSetName, values: input.variables }] }
              : {}),
          },
        }
      : {}),
    cases: [{ name: input.caseName, turns }],
  };
};
