import { z } from 'zod';
import { ConversationTypeSchema, JsonValueSchema, VariablesSchema } from '../domain/famulor';
import { MAX_MESSAGE_LENGTH } from '../limits';
import { characterCount } from '../text';

/**
 * A test suite as its file holds it (YAML or JSON): the one schema of the format. The JSON Schema published in
 * `schemas/test-suite.schema.json` is generated from it (a test keeps the two equal), so an editor can check a
 * suite while it is written and the runner refuses the same things.
 */

const Text = z.string().min(1);
/** One text or several; each is checked on its own. */
const TextOrTexts = z.union([Text, z.array(Text).min(1)]);

/** A regular expression, as a pattern alone or with flags (`i` for case-insensitive, …). */
const Pattern = z
  .union([
    Text,
    z.strictObject({
      pattern: Text,
      flags: z
        .string()
        .regex(/^[dgimsuvy]*$/)
        .optional(),
    }),
  ])
  .superRefine((spec, context) => {
    const { pattern, flags } = typeof spec === 'string' ? { pattern: spec, flags: '' } : spec;
    try {
      new RegExp(pattern, flags);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `Not a regular expression: ${(error as Error).message}` });
    }
  });
export type PatternSpec = z.infer<typeof Pattern>;

/** How a function call's arguments or result must look: a part of it, all of it, or a JSON Schema it meets. */
const ValueMatch = z.union([
  z.strictObject({ includes: JsonValueSchema }).describe('Every key given has this value; others may exist.'),
  z.strictObject({ equals: JsonValueSchema }).describe('Exactly this value.'),
  z
    .strictObject({ schema: z.record(z.string(), JsonValueSchema) })
    .describe('A JSON Schema (draft 2020-12).'),
]);
export type ValueMatchSpec = z.infer<typeof ValueMatch>;

const ReplyExpectation = z.strictObject({
  contains: TextOrTexts.optional().describe('Case-insensitive; each text must occur.'),
  notContains: TextOrTexts.optional().describe('Case-insensitive; none of the texts may occur.'),
  matches: Pattern.optional(),
  oneOf: z
    .array(Text)
    .min(1)
    .optional()
    .describe('The whole reply is one of these (spacing and case aside).'),
  similarTo: z
    .strictObject({ text: Text, atLeast: z.number().min(0).max(1) })
    .optional()
    .describe('Character-trigram cosine similarity to a reference answer, 0–1.'),
});
export type ReplyExpectationSpec = z.infer<typeof ReplyExpectation>;

const CallExpectation = z.strictObject({
  name: Text,
  called: z.boolean().default(true).describe('false: the function must not be called in this turn.'),
  arguments: ValueMatch.optional(),
  result: ValueMatch.optional(),
});
export type CallExpectationSpec = z.infer<typeof CallExpectation>;

const Turn = z.strictObject({
  user: Text.refine((message) => characterCount(message) <= MAX_MESSAGE_LENGTH, {
    message: `At most ${MAX_MESSAGE_LENGTH} characters (Famulor's limit for a message).`,
  }),
  reply: ReplyExpectation.optional(),
  calls: z.array(CallExpectation).min(1).optional(),
  callOrder: z
    .array(Text)
    .min(2)
    .optional()
    .describe('These functions are called in this order (others may come between).'),
  maxLatencyMs: z.number().int().positive().optional(),
});
export type TurnSpec = z.infer<typeof Turn>;

const Repeat = z.number().int().min(1).max(100);

const Case = z.strictObject({
  name: Text,
  repeat: Repeat.optional().describe("Runs of this case in each cell; the suite's `repeat` when absent."),
  turns: z.array(Turn).min(1),
  variables: z
    .strictObject({ equals: VariablesSchema.optional(), includes: VariablesSchema.optional() })
    .optional()
    .describe("The conversation's variables after the last turn (read with get-conversation)."),
  maxCostUsd: z.number().min(0).optional().describe('Widget conversations only: what the case may cost.'),
});
export type CaseSpec = z.infer<typeof Case>;

const VariableSet = z.strictObject({ name: Text, values: VariablesSchema.default({}) });
export type VariableSetSpec = z.infer<typeof VariableSet>;

const uniqueNames = (items: { name: string }[], context: z.core.$RefinementCtx, what: string) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.name))
      context.addIssue({
        code: 'custom',
        path: [index, 'name'],
        message: `Another ${what} is named "${item.name}".`,
      });
    seen.add(item.name);
  });
};

export const TestSuiteSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: Text,
    assistants: z
      .array(Text)
      .min(1)
      .describe('Each by its uuid (or integer id) or its name, as the assistant list shows it.'),
    matrix: z
      .strictObject({
        types: z.array(ConversationTypeSchema).min(1).default(['test']),
        variableSets: z
          .array(VariableSet)
          .min(1)
          .default([{ name: 'defaults', values: {} }])
          .superRefine((sets, context) => uniqueNames(sets, context, 'variable set')),
      })
      .default({ types: ['test'], variableSets: [{ name: 'defaults', values: {} }] }),
    repeat: Repeat.default(1),
    passRate: z
      .number()
      .gt(0)
      .max(1)
      .default(1)
      .describe('The share of runs of a case that must pass, per cell.'),
    cases: z
      .array(Case)
      .min(1)
      .superRefine((cases, context) => uniqueNames(cases, context, 'case')),
  })
  .describe('A Famulor Playground test suite.');
export type TestSuite = z.infer<typeof TestSuiteSchema>;
/** A suite as it may be written: the fields with defaults may be left out. */
export type TestSuiteInput = z.input<typeof TestSuiteSchema>;
