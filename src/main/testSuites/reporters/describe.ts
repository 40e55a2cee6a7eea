import type { JsonValue } from '../../../shared/domain/json';
import { formatUsd } from '../../../shared/money';
import type { CellChange, CellResult, ExpectationOutcome } from '../../../shared/testSuite/report';
import type { AppError } from '../../../shared/result';

// The words of the CLI's reports (terminal, JUnit, HTML): English, as CI logs are. The app words its own.

const quoted = (value: JsonValue): string =>
  typeof value === 'string' ? `"${value}"` : JSON.stringify(value);

const shortened = (text: string, limit = 160): string =>
  [...text].length > limit ? `${[...text].slice(0, limit - 1).join('')}…` : text;

/** What the expectation asked for, e.g. `reply contains "free"` or `check_calendar_availability called`. */
export const expectationTitle = (outcome: ExpectationOutcome): string => {
  const { expected, subject } = outcome;
  switch (outcome.kind) {
    case 'reply.contains':
      return `reply contains ${quoted(expected)}`;
    case 'reply.notContains':
      return `reply does not contain ${quoted(expected)}`;
    case 'reply.matches':
      return `reply matches ${String(expected)}`;
    case 'reply.oneOf':
      return `reply is one of ${JSON.stringify(expected)}`;
    case 'reply.similarTo': {
      const spec = expected as { text: string; atLeast: number };
      return `reply is similar (≥ ${spec.atLeast}) to "${shortened(spec.text, 80)}"`;
    }
    case 'call.called':
      return `${subject ?? '?'} is called`;
    case 'call.notCalled':
      return `${subject ?? '?'} is not called`;
    case 'call.arguments':
      return `${subject ?? '?'} arguments ${JSON.stringify(expected)}`;
    case 'call.result':
      return `${subject ?? '?'} result ${JSON.stringify(expected)}`;
    case 'callOrder':
      return `calls in the order ${(expected as string[]).join(' → ')}`;
    case 'latency':
      return `answer within ${String(expected)} ms`;
    case 'variables.equals':
      return `variables equal ${JSON.stringify(expected)}`;
    case 'variables.includes':
      return `variables include ${JSON.stringify(expected)}`;
    case 'cost':
      return `costs at most ${formatUsd(expected as number)}`;
  }
};

/** What came back instead, for a failed expectation. */
export const expectationFinding = (outcome: ExpectationOutcome): string => {
  const { actual, detail } = outcome;
  switch (outcome.kind) {
    case 'reply.similarTo':
      return `similarity ${detail ?? '?'} for the reply "${shortened(String(actual))}"`;
    case 'call.called':
    case 'call.notCalled':
    case 'callOrder': {
      const names = actual as string[];
      return names.length > 0 ? `the calls were ${names.join(', ')}` : 'no function was called';
    }
    case 'call.arguments':
    case 'call.result':
      return `got ${shortened(JSON.stringify(actual), 300)}${detail ? ` (${detail})` : ''}`;
    case 'latency':
      return `answered in ${String(actual)} ms`;
    case 'variables.equals':
    case 'variables.includes':
      return `the variables were ${JSON.stringify(actual)}`;
    case 'cost':
      return actual === null
        ? 'the conversation was not in the account list, so its cost could not be read'
        : `it cost ${formatUsd(actual as number)}`;
    default:
      return `the reply was "${shortened(String(actual))}"`;
  }
};

export const errorText = (error: AppError): string =>
  `${error.code} (${error.reason}${error.status ? `, HTTP ${error.status}` : ''})${error.diagnostic ? `: ${error.diagnostic}` : ''}`;

/** A cell's name: the case and where it ran. */
export const cellTitle = (cell: CellResult): string =>
  `${cell.caseName} [${cell.assistant.name} · ${cell.variableSet} · ${cell.type}]`;

export const passRateText = (cell: CellResult): string => `${cell.passedRuns}/${cell.runs.length}`;

/** How a cell did against the baseline run, where that says something (a cell as it was says nothing new). */
export const changeText = (change: CellChange | undefined): string | null =>
  change === 'regression'
    ? 'REGRESSION: passed in the baseline, fails now'
    : change === 'fixed'
      ? 'fixed: failed in the baseline, passes now'
      : null;
