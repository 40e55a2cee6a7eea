import type { TFunction } from 'i18next';
import type { JsonValue } from '../../../shared/domain/json';
import { formatUsd } from '../../../shared/money';
import type { ExpectationOutcome } from '../../../shared/testSuite/report';

const shown = (value: JsonValue): string => {
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return [...text].length > 200 ? `${[...text].slice(0, 199).join('')}…` : text;
};

/** What an expectation asked for, in the person's language. */
export const expectationTitle = (t: TFunction, outcome: ExpectationOutcome, language: string): string => {
  const { expected, subject } = outcome;
  const values: Record<string, string | number> = { subject: subject ?? '?', expected: shown(expected) };
  if (outcome.kind === 'reply.similarTo') {
    const spec = expected as { text: string; atLeast: number };
    Object.assign(values, { expected: shown(spec.text), atLeast: spec.atLeast });
  }
  if (outcome.kind === 'reply.matches') values.expected = String(expected);
  if (outcome.kind === 'callOrder') values.expected = (expected as string[]).join(' → ');
  if (outcome.kind === 'latency') values.expected = String(expected);
  if (outcome.kind === 'cost') values.expected = formatUsd(expected as number, language);
  return t(`tests.expectation.title.${outcome.kind}`, values);
};

/** What came back instead, for a failed expectation. */
export const expectationFinding = (t: TFunction, outcome: ExpectationOutcome, language: string): string => {
  const { actual, detail } = outcome;
  switch (outcome.kind) {
    case 'reply.similarTo':
      return `${t('tests.expectation.got.similarity', { detail: detail ?? '?' })}: ${t('tests.expectation.got.reply', { actual: shown(actual) })}`;
    case 'call.called':
    case 'call.notCalled':
    case 'callOrder': {
      const names = actual as string[];
      return names.length > 0
        ? t('tests.expectation.got.calls', { actual: names.join(', ') })
        : t('tests.expectation.got.noCalls');
    }
    case 'call.arguments':
    case 'call.result':
      return `${t('tests.expectation.got.value', { actual: shown(actual) })}${detail ? ` (${detail})` : ''}`;
    case 'latency':
      return t('tests.expectation.got.latency', { actual: String(actual) });
    case 'variables.equals':
    case 'variables.includes':
      return t('tests.expectation.got.variables', { actual: shown(actual) });
    case 'cost':
      return actual === null
        ? t('tests.expectation.got.costUnknown')
        : t('tests.expectation.got.cost', { actual: formatUsd(actual as number, language) });
    default:
      return t('tests.expectation.got.reply', { actual: shown(actual) });
  }
};
