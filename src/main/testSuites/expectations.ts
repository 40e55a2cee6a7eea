import type { AssistantReply, FunctionCall, Variables } from '../../shared/domain/famulor';
import type { JsonValue } from '../../shared/domain/json';
import type { CaseSpec, PatternSpec, ReplyExpectationSpec, TurnSpec } from '../../shared/testSuite/suite';
import type { ExpectationKind, ExpectationOutcome } from '../../shared/testSuite/report';
import { similarity } from '../../shared/similarity';
import type { SuitePath } from './suiteFile';
import { equals, includes, matchValue } from './valueMatch';

/** Finds the line of an expectation in the suite file (relative to the turn or case being checked). */
export type LineOf = (path: SuitePath) => number;

const outcome = (
  kind: ExpectationKind,
  line: number,
  fields: {
    passed: boolean;
    expected: JsonValue;
    actual: JsonValue;
    subject?: string;
    detail?: string | null;
  },
): ExpectationOutcome => ({
  kind,
  line,
  passed: fields.passed,
  subject: fields.subject ?? null,
  expected: fields.expected,
  actual: fields.actual,
  detail: fields.detail ?? null,
});

const texts = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

// Case-insensitive, and the same letters however they were composed (é as one code point or e + accent).
const comparable = (text: string) => text.normalize('NFC').toLocaleLowerCase();
const collapsed = (text: string) => comparable(text).replace(/\s+/g, ' ').trim();

const regExpOf = (spec: PatternSpec): RegExp =>
  typeof spec === 'string' ? new RegExp(spec) : new RegExp(spec.pattern, spec.flags ?? '');

const replyOutcomes = (spec: ReplyExpectationSpec, reply: string, lineOf: LineOf): ExpectationOutcome[] => {
  const outcomes: ExpectationOutcome[] = [];
  const haystack = comparable(reply);
  texts(spec.contains).forEach((needle, index) =>
    outcomes.push(
      outcome(
        'reply.contains',
        lineOf(['reply', 'contains', ...(Array.isArray(spec.contains) ? [index] : [])]),
        {
          passed: haystack.includes(comparable(needle)),
          expected: needle,
          actual: reply,
        },
      ),
    ),
  );
  texts(spec.notContains).forEach((needle, index) =>
    outcomes.push(
      outcome(
        'reply.notContains',
        lineOf(['reply', 'notContains', ...(Array.isArray(spec.notContains) ? [index] : [])]),
        {
          passed: !haystack.includes(comparable(needle)),
          expected: needle,
          actual: reply,
        },
      ),
    ),
  );
  if (spec.matches !== undefined) {
    const pattern = regExpOf(spec.matches);
    outcomes.push(
      outcome('reply.matches', lineOf(['reply', 'matches']), {
        passed: pattern.test(reply),
        expected: pattern.toString(),
        actual: reply,
      }),
    );
  }
  if (spec.oneOf !== undefined)
    outcomes.push(
      outcome('reply.oneOf', lineOf(['reply', 'oneOf']), {
        passed: spec.oneOf.some((candidate) => collapsed(candidate) === collapsed(reply)),
        expected: spec.oneOf,
        actual: reply,
      }),
    );
  if (spec.similarTo !== undefined) {
    const measured = similarity(reply, spec.similarTo.text);
    outcomes.push(
      outcome('reply.similarTo', lineOf(['reply', 'similarTo']), {
        passed: measured >= spec.similarTo.atLeast,
        expected: { text: spec.similarTo.text, atLeast: spec.similarTo.atLeast },
        actual: reply,
        detail: measured.toFixed(2),
      }),
    );
  }
  return outcomes;
};

const callOutcomes = (turn: TurnSpec, calls: FunctionCall[], lineOf: LineOf): ExpectationOutcome[] =>
  (turn.calls ?? []).flatMap((spec, index) => {
    const line = (...rest: (string | number)[]) => lineOf(['calls', index, ...rest]);
    const named = calls.filter((call) => call.name === spec.name);
    const madeNames = calls.map((call) => call.name);
    if (!spec.called)
      return [
        outcome('call.notCalled', line('name'), {
          passed: named.length === 0,
          subject: spec.name,
          expected: spec.name,
          actual: madeNames,
        }),
      ];
    const outcomes = [
      outcome('call.called', line('name'), {
        passed: named.length > 0,
        subject: spec.name,
        expected: spec.name,
        actual: madeNames,
      }),
    ];
    // With several calls of one function in a turn, one of them meeting the match is enough.
    for (const part of ['arguments', 'result'] as const) {
      const match = spec[part];
      if (!match || named.length === 0) continue;
      const checks = named.map((call) => ({ value: call[part], ...matchValue(call[part], match) }));
      const met = checks.find((check) => check.passed);
      outcomes.push(
        outcome(part === 'arguments' ? 'call.arguments' : 'call.result', line(part), {
          passed: met !== undefined,
          subject: spec.name,
          expected: match,
          actual: (met ?? checks[0])?.value ?? null,
          detail: met ? null : (checks.find((check) => check.why)?.why ?? null),
        }),
      );
    }
    return outcomes;
  });

/** Whether `order` appears in `names` in that order, other calls allowed between. */
const inOrder = (names: string[], order: string[]): boolean => {
  let next = 0;
  for (const name of names) if (name === order[next]) next += 1;
  return next === order.length;
};

/** Every expectation of one turn on the reply that came back, each on its own. */
export const checkTurn = (
  turn: TurnSpec,
  answer: AssistantReply,
  latencyMs: number,
  lineOf: LineOf,
): ExpectationOutcome[] => {
  const outcomes = [
    ...(turn.reply ? replyOutcomes(turn.reply, answer.message, lineOf) : []),
    ...callOutcomes(turn, answer.functionCalls, lineOf),
  ];
  if (turn.callOrder) {
    const names = answer.functionCalls.map((call) => call.name);
    outcomes.push(
      outcome('callOrder', lineOf(['callOrder']), {
        passed: inOrder(names, turn.callOrder),
        expected: turn.callOrder,
        actual: names,
      }),
    );
  }
  if (turn.maxLatencyMs !== undefined)
    outcomes.push(
      outcome('latency', lineOf(['maxLatencyMs']), {
        passed: latencyMs <= turn.maxLatencyMs,
        expected: turn.maxLatencyMs,
        actual: Math.round(latencyMs),
      }),
    );
  return outcomes;
};

/** What the whole case expects once its turns are done: the conversation's variables, and its cost. */
export const checkCase = (
  testCase: CaseSpec,
  after: { variables: Variables | null; costUsd: number | null },
  lineOf: LineOf,
): ExpectationOutcome[] => {
  const outcomes: ExpectationOutcome[] = [];
  const variables = after.variables ?? {};
  const compare = { equals, includes } as const;
  for (const how of ['equals', 'includes'] as const) {
    const expected = testCase.variables?.[how];
    if (expected === undefined) continue;
    outcomes.push(
      outcome(`variables.${how}`, lineOf(['variables', how]), {
        passed: compare[how](variables, expected),
        expected,
        actual: after.variables,
      }),
    );
  }
  if (testCase.maxCostUsd !== undefined)
    outcomes.push(
      outcome('cost', lineOf(['maxCostUsd']), {
        passed: after.costUsd !== null && after.costUsd <= testCase.maxCostUsd,
        expected: testCase.maxCostUsd,
        // null: the conversation was not in the account's list, so its cost could not be read.
        actual: after.costUsd,
      }),
    );
  return outcomes;
};
