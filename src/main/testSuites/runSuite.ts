import { breaksConnection } from '../../shared/domain/connectionHealth';
import type { ConversationType, Variables } from '../../shared/domain/famulor';
import { AppFailure, type AppError } from '../../shared/result';
import {
  SUITE_REPORT_FORMAT,
  type CaseRun,
  type CellResult,
  type ExpectationOutcome,
  type SuiteReport,
  type TurnRecord,
} from '../../shared/testSuite/report';
import type { CaseSpec, TestSuite, VariableSetSpec } from '../../shared/testSuite/suite';
import type { FamulorClient } from '../famulor/client';
import { checkCase, checkTurn, type LineOf } from './expectations';
import type { SuiteAssistant } from './resolveAssistants';
import type { SourcePosition, SuitePath } from './suiteFile';

export type SuiteClient = Pick<
  FamulorClient,
  'createConversation' | 'sendMessage' | 'getConversation' | 'listConversations'
>;

export interface SuiteRunOptions {
  suite: TestSuite;
  file: string;
  target: string;
  assistants: SuiteAssistant[];
  locate: (path: SuitePath) => SourcePosition;
  client: SuiteClient;
  /** Cases in flight at once; the client's account pacer keeps them within Famulor's limit. */
  concurrency: number;
  now?: () => number;
  /** After every run of a case, for live progress. */
  onRun?: (cell: CellResult, run: CaseRun, done: number, total: number) => void;
}

export interface SuiteRun {
  report: SuiteReport;
  /** The failure that stopped the run early: the key was refused or Famulor could not be reached. */
  stoppedBy: AppError | null;
}

interface Cell {
  result: CellResult;
  caseIndex: number;
  testCase: CaseSpec;
  assistant: SuiteAssistant;
  variableSet: VariableSetSpec;
  type: ConversationType;
  repeat: number;
}

const errorOf = (error: unknown): AppError =>
  error instanceof AppFailure
    ? error.error
    : {
        code: 'internal',
        reason: 'unexpected',
        diagnostic: error instanceof Error ? error.message : String(error),
      };

/** Every case in every combination of the matrix, in the suite's order. */
const cellsOf = (suite: TestSuite, assistants: SuiteAssistant[], locate: SuiteRunOptions['locate']): Cell[] =>
  suite.cases.flatMap((testCase, caseIndex) =>
    assistants.flatMap((assistant) =>
      suite.matrix.variableSets.flatMap((variableSet) =>
        suite.matrix.types.map((type): Cell => ({
          caseIndex,
          testCase,
          assistant,
          variableSet,
          type,
          repeat: testCase.repeat ?? suite.repeat,
          result: {
            caseName: testCase.name,
            caseLine: locate(['cases', caseIndex]).line,
            assistant: { name: assistant.name, uuid: assistant.uuid },
            variableSet: variableSet.name,
            type,
            runs: [],
            passedRuns: 0,
            passed: false,
          },
        })),
      ),
    ),
  );

/** A widget conversation's cost as the account's conversation list states it (null when it is not there). */
const costOf = async (client: SuiteClient, cell: Cell, conversationId: string): Promise<number | null> => {
  if (cell.type !== 'widget') return 0;
  const page = await client.listConversations({
    type: 'widget',
    ...(cell.assistant.id !== null ? { assistantId: cell.assistant.id } : {}),
    perPage: 100,
  });
  return page.conversations.find((conversation) => conversation.id === conversationId)?.totalCost ?? null;
};

const runCase = async (options: SuiteRunOptions, cell: Cell, attempt: number): Promise<CaseRun> => {
  const now = options.now ?? performance.now.bind(performance);
  const started = now();
  const { client } = options;
  const turns: TurnRecord[] = [];
  const caseExpectations: ExpectationOutcome[] = [];
  let conversationId: string | null = null;
  let greeting: string | null = null;
  let costUsd: number | null = null;
  let error: AppError | null = null;
  try {
    const values: Variables = cell.variableSet.values;
    const created = await client.createConversation({
      assistantUuid: cell.assistant.uuid,
      type: cell.type,
      ...(Object.keys(values).length > 0 ? { variables: values } : {}),
    });
    conversationId = created.conversationId;
    greeting = created.history.find((entry) => entry.role === 'assistant')?.content ?? null;
    for (const [turnIndex, turn] of cell.testCase.turns.entries()) {
      let sentAt = now();
      const answer = await client.sendMessage(
        { conversationId, message: turn.user },
        { onAttemptSent: () => (sentAt = now()) },
      );
      const latencyMs = now() - sentAt;
      const lineOf: LineOf = (path) =>
        options.locate(['cases', cell.caseIndex, 'turns', turnIndex, ...path]).line;
      turns.push({
        user: turn.user,
        reply: answer.message,
        functionCalls: answer.functionCalls,
        latencyMs,
        expectations: checkTurn(turn, answer, latencyMs, lineOf),
      });
    }
    const { variables, maxCostUsd } = cell.testCase;
    const after = {
      variables: variables ? (await client.getConversation({ conversationId })).variables : null,
      costUsd: maxCostUsd !== undefined ? await costOf(client, cell, conversationId) : null,
    };
    costUsd = after.costUsd;
    caseExpectations.push(
      ...checkCase(
        cell.type === 'widget' ? cell.testCase : { ...cell.testCase, maxCostUsd: undefined },
        after,
        (path) => options.locate(['cases', cell.caseIndex, ...path]).line,
      ),
    );
  } catch (failure) {
    error = errorOf(failure);
  }
  const allPassed = [...turns.flatMap((turn) => turn.expectations), ...caseExpectations].every(
    (expectation) => expectation.passed,
  );
  return {
    attempt,
    status: error ? 'error' : allPassed ? 'passed' : 'failed',
    conversationId,
    greeting,
    turns,
    expectations: caseExpectations,
    error,
    costUsd,
    durationMs: now() - started,
  };
};

/**
 * Runs every case of the suite in every cell of its matrix, `repeat` times, with up to `concurrency` runs in
 * flight. Each run is one conversation, its turns one after another. A failure that says the key or the way to
 * Famulor does not work stops the rest (every other run would fail the same way); any other failed call ends
 * only its run, as an error.
 */
export const runSuite = async (options: SuiteRunOptions): Promise<SuiteRun> => {
  const startedAt = new Date();
  const clock = options.now ?? performance.now.bind(performance);
  const started = clock();
  const cells = cellsOf(options.suite, options.assistants, options.locate);
  const jobs = cells.flatMap((cell) =>
    Array.from({ length: cell.repeat }, (_, index) => ({ cell, attempt: index + 1 })),
  );
  let next = 0;
  let done = 0;
  let stoppedBy: AppError | null = null;
  const worker = async () => {
    while (stoppedBy === null && next < jobs.length) {
      const job = jobs[next];
      next += 1;
      if (!job) return;
      const run = await runCase(options, job.cell, job.attempt);
      if (run.error && breaksConnection(run.error)) {
        stoppedBy ??= run.error;
        return;
      }
      const { result } = job.cell;
      result.runs.push(run);
      result.runs.sort((a, b) => a.attempt - b.attempt);
      if (run.status === 'passed') result.passedRuns += 1;
      done += 1;
      options.onRun?.(result, run, done, jobs.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, jobs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  // Over the runs the cell was to have: a cell whose runs were stopped early has not passed.
  for (const { result, repeat } of cells)
    result.passed = result.runs.length === repeat && result.passedRuns / repeat >= options.suite.passRate;
  return {
    report: {
      format: SUITE_REPORT_FORMAT,
      suite: { name: options.suite.name, file: options.file },
      target: options.target,
      startedAt: startedAt.toISOString(),
      durationMs: clock() - started,
      passRate: options.suite.passRate,
      cells: cells.map((cell) => cell.result),
    },
    stoppedBy,
  };
};
