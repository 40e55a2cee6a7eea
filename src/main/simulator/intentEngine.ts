import { escapeRegExp } from '../../shared/text';
import type { FunctionCall, JsonValue, Variables } from '../../shared/domain/famulor';
import { PATTERN_FLAGS, type AssistantFile, type IntentDefinition } from './assistantSchema';
import { markNoRecordedAnswer } from '../../shared/domain/noRecordedAnswer';
import { naturalDateSlots } from './naturalDates';
import { indexRecorded, matchRecorded, type RecordedIndex, type ScriptPosition } from './recordedTurns';
import { shortReference } from './random';
import { layeredLookup, renderJson, renderTemplate, type VariableLookup } from './templates';

interface CompiledTrigger {
  language: string;
  matchers: RegExp[];
}

interface CompiledIntent {
  definition: IntentDefinition;
  triggers: CompiledTrigger[];
  slotMatches: [string, RegExp][];
}

interface CompiledExtractor {
  pattern: RegExp;
  slots: Record<string, string> | undefined;
}

/** An assistant's script with every pattern compiled once, at load time. */
export interface IntentRules {
  defaultLanguage: string;
  intents: CompiledIntent[];
  extractors: CompiledExtractor[];
  naturalDates: boolean;
  /** The assistant's in-character reply to what nothing matches, per language (may be empty). */
  fallback: Record<string, string>;
  /** The pack's reply, per language, when the assistant has none of its own: sent marked as unanswered. */
  unanswered: Record<string, string>;
  recorded: RecordedIndex;
}

/** What the engine remembers between turns of one conversation. */
export interface DialogueState {
  slots: Record<string, string>;
  language: string | null;
  /** The recorded turn that answered last, so that the script's next turn is preferred. */
  script: ScriptPosition | null;
}

export const newDialogue = (): DialogueState => ({ slots: {}, language: null, script: null });

export interface TurnInput {
  rules: IntentRules;
  state: DialogueState;
  message: string;
  /** The conversation's own variables (from create / generate-reply), then the assistant's defaults. */
  variables: Variables | null;
  defaults: Variables;
  system: Record<string, string>;
}

export interface TurnOutcome {
  intent: string | null;
  reply: string;
  functionCalls: FunctionCall[];
  state: DialogueState;
  disableAi: boolean;
}

// A keyword must start a word: "hi" should not fire inside "this", but "öffnungszeit" may open a compound.
const keywordMatcher = (keywords: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${keywords.map(escapeRegExp).join('|')})`, PATTERN_FLAGS);

export const compileRules = (file: AssistantFile, unanswered: Record<string, string>): IntentRules => {
  const languageOrder = (language: string): number => {
    const index = file.languages.indexOf(language);
    return index === -1 ? file.languages.length : index;
  };
  return {
    defaultLanguage: file.language,
    fallback: file.fallback,
    unanswered,
    recorded: indexRecorded(file.conversations),
    naturalDates: file.natural_dates,
    extractors: file.extractors.map((extractor) => ({
      pattern: new RegExp(extractor.pattern, PATTERN_FLAGS),
      slots: extractor.slots,
    })),
    intents: file.intents.map((definition) => ({
      definition,
      slotMatches: Object.entries(definition.slot_matches).map(([slot, pattern]): [string, RegExp] => [
        slot,
        new RegExp(pattern, PATTERN_FLAGS),
      ]),
      triggers: Object.entries(definition.match)
        .sort(([left], [right]) => languageOrder(left) - languageOrder(right))
        .map(([language, trigger]) => ({
          language,
          matchers: [
            ...(trigger.keywords.length > 0 ? [keywordMatcher(trigger.keywords)] : []),
            ...trigger.patterns.map((pattern) => new RegExp(pattern, PATTERN_FLAGS)),
          ],
        })),
    })),
  };
};

const extractSlots = (
  rules: IntentRules,
  message: string,
  slots: Record<string, string>,
  today: string | undefined,
): Record<string, string> => {
  // Words first, so that a date written out ("on 2026-12-10 at 10") is taken as written.
  const next: Record<string, string> = {
    ...slots,
    ...(rules.naturalDates && today ? naturalDateSlots(message, today) : {}),
  };
  for (const extractor of rules.extractors) {
    const groups = extractor.pattern.exec(message)?.groups;
    if (!groups) continue;
    const captured = Object.fromEntries(
      Object.entries(groups).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    if (extractor.slots) {
      for (const [slot, template] of Object.entries(extractor.slots)) {
        next[slot] = renderTemplate(template, layeredLookup(captured));
      }
    } else {
      Object.assign(next, captured);
    }
  }
  return next;
};

const isFilled = (value: JsonValue | undefined): boolean =>
  value !== undefined && value !== null && value !== '';

/**
 * First intent wins. Within it, the language with the most matching keywords/patterns answers, so an English
 * sentence in a German conversation is answered in English; on a tie the conversation's current language wins.
 */
const findIntent = (
  rules: IntentRules,
  message: string,
  lookup: VariableLookup,
  preferredLanguage: string | null,
): { intent: IntentDefinition; language: string } | null => {
  for (const { definition, triggers, slotMatches } of rules.intents) {
    if (!definition.requires.every((name) => isFilled(lookup(name)))) continue;
    if (!slotMatches.every(([slot, pattern]) => pattern.test(String(lookup(slot) ?? '')))) continue;
    let best: { language: string; score: number } | null = null;
    for (const { language, matchers } of triggers) {
      const score = matchers.filter((matcher) => matcher.test(message)).length;
      const better =
        best === null || score > best.score || (score === best.score && language === preferredLanguage);
      if (score > 0 && better) best = { language, score };
    }
    if (best) return { intent: definition, language: best.language };
  }
  return null;
};

const inLanguage = (texts: Record<string, string>, language: string, fallbackLanguage: string): string =>
  texts[language] ?? texts[fallbackLanguage] ?? Object.values(texts)[0] ?? '';

/** One user message in, one assistant reply out. Pure: the same input always gives the same outcome. */
export const runTurn = (input: TurnInput): TurnOutcome => {
  const { rules, message } = input;
  const slots = extractSlots(rules, message, input.state.slots, input.system.current_date);
  const lookupWith = (extra: Record<string, JsonValue>) =>
    layeredLookup(extra, slots, input.variables, input.defaults, input.system);
  const recorded = matchRecorded(rules.recorded, message, input.state.script);
  if (recorded) {
    return {
      intent: null,
      reply: renderTemplate(recorded.turn.reply, lookupWith({})),
      functionCalls: recorded.turn.function_calls.map((call) => ({
        name: call.name,
        arguments: renderJson(call.arguments, lookupWith({})),
        result: renderJson(call.result, lookupWith({})),
      })),
      state: { slots, language: input.state.language, script: recorded.position },
      disableAi: false,
    };
  }
  const match = findIntent(rules, message, lookupWith({}), input.state.language);
  if (!match) {
    const language = input.state.language ?? rules.defaultLanguage;
    const own = rules.fallback[language] ?? rules.fallback[rules.defaultLanguage];
    return {
      intent: null,
      reply:
        own === undefined
          ? markNoRecordedAnswer(inLanguage(rules.unanswered, language, rules.defaultLanguage))
          : renderTemplate(own, lookupWith({})),
      functionCalls: [],
      state: { ...input.state, slots },
      disableAi: false,
    };
  }
  const { intent, language } = match;
  for (const [slot, template] of Object.entries(intent.slot_defaults)) {
    if (!isFilled(slots[slot])) slots[slot] = renderTemplate(template, lookupWith({}));
  }
  let callReference = '';
  const functionCalls = intent.function_calls.map((call): FunctionCall => {
    const args = renderJson(call.arguments, lookupWith({}));
    callReference = shortReference(`${call.name}:${JSON.stringify(args)}`);
    return {
      name: call.name,
      arguments: args,
      result: renderJson(call.result, lookupWith({ call_ref: callReference })),
    };
  });
  const reply = renderTemplate(
    inLanguage(intent.reply, language, rules.defaultLanguage),
    lookupWith({ call_ref: callReference }),
  );
  const kept = Object.fromEntries(
    Object.entries(slots).filter(([slot]) => !intent.clear_slots.includes(slot)),
  );
  return {
    intent: intent.name,
    reply,
    functionCalls,
    state: { slots: kept, language, script: null },
    disableAi: intent.disable_ai,
  };
};
