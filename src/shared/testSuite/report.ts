import { z } from 'zod';
import { ConversationTypeSchema, FunctionCallSchema, JsonValueSchema } from '../domain/famulor';
import { AppErrorSchema } from '../result';

/**
 * What a suite run found, as the JSON reporter writes it and the app will read it back to compare runs: words
 * are left to whoever shows it (the CLI's reporters in English, the app in the person's language).
 */

export const EXPECTATION_KINDS = [
  'reply.contains',
  'reply.notContains',
  'reply.matches',
  'reply.oneOf',
  'reply.similarTo',
  'call.called',
  'call.notCalled',
  'call.arguments',
  'call.result',
  'callOrder',
  'latency',
  'variables.equals',
  'variables.includes',
  'cost',
] as const;
export const ExpectationKindSchema = z.enum(EXPECTATION_KINDS);
export type ExpectationKind = z.infer<typeof ExpectationKindSchema>;

export const ExpectationOutcomeSchema = z.object({
  kind: ExpectationKindSchema,
  passed: z.boolean(),
  /** The function an expectation on calls is about. */
  subject: z.string().nullable(),
  expected: JsonValueSchema,
  actual: JsonValueSchema,
  /** Why it failed where `actual` alone does not say (a JSON Schema's complaints, the similarity measured…). */
  detail: z.string().nullable(),
  /** Where the expectation is written in the suite file. */
  line: z.number().int(),
});
export type ExpectationOutcome = z.infer<typeof ExpectationOutcomeSchema>;

export const TurnRecordSchema = z.object({
  user: z.string(),
  /** null when the turn did not get an answer (the run then ends as an error). */
  reply: z.string().nullable(),
  functionCalls: z.array(FunctionCallSchema),
  latencyMs: z.number(),
  expectations: z.array(ExpectationOutcomeSchema),
});
export type TurnRecord = z.infer<typeof TurnRecordSchema>;

export const RunStatusSchema = z.enum(['passed', 'failed', 'error']);
export type RunStatus = z.infer<typeof RunStatusSchema>;

export const CaseRunSchema = z.object({
  attempt: z.number().int().positive(),
  status: RunStatusSchema,
  conversationId: z.string().nullable(),
  /** The assistant's initial message, when it has one. */
  greeting: z.string().nullable(),
  turns: z.array(TurnRecordSchema),
  /** Expectations on the whole case (variables afterwards, cost). */
  expectations: z.array(ExpectationOutcomeSchema),
  /** Why the run could not finish (a refused call, a lost connection). */
  error: AppErrorSchema.nullable(),
  costUsd: z.number().nullable(),
  durationMs: z.number(),
});
export type CaseRun = z.infer<typeof CaseRunSchema>;

export const CellResultSchema = z.object({
  caseName: z.string(),
  caseLine: z.number().int(),
  assistant: z.object({ name: z.string(), uuid: z.string() }),
  variableSet: z.string(),
  type: ConversationTypeSchema,
  runs: z.array(CaseRunSchema),
  passedRuns: z.number().int(),
  /** At least the suite's pass rate of the runs passed. */
  passed: z.boolean(),
});
export type CellResult = z.infer<typeof CellResultSchema>;

export const SUITE_REPORT_FORMAT = 1;

export const SuiteReportSchema = z.object({
  format: z.literal(SUITE_REPORT_FORMAT),
  suite: z.object({ name: z.string(), file: z.string() }),
  /** The Famulor the suite ran against: a profile's name or a base URL. */
  target: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  passRate: z.number(),
  cells: z.array(CellResultSchema),
});
export type SuiteReport = z.infer<typeof SuiteReportSchema>;

/** How a cell did against the same cell of an earlier run (same suite, case, assistant, variable set and type). */
export const CELL_CHANGES = ['regression', 'fixed', 'stillFailing', 'stillPassing', 'new'] as const;
export const CellChangeSchema = z.enum(CELL_CHANGES);
export type CellChange = z.infer<typeof CellChangeSchema>;

export const ComparisonSchema = z.object({
  /** Where the earlier run's report came from (a file, for the CLI). */
  baseline: z.string(),
  /** Per suite, per cell, in the order of `suites` and their `cells`. */
  changes: z.array(z.array(CellChangeSchema)),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** report.json: every suite of a run, and how it compares with an earlier run when one was given. */
export const SuiteReportFileSchema = z.object({
  format: z.literal(SUITE_REPORT_FORMAT),
  suites: z.array(SuiteReportSchema),
  comparison: ComparisonSchema.optional(),
});
export type SuiteReportFile = z.infer<typeof SuiteReportFileSchema>;
