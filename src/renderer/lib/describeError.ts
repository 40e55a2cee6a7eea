import type { TFunction } from 'i18next';
import type { FieldIssue, FieldRule } from '../../shared/errorReasons';
import type { AppError } from '../../shared/result';

/** The numbers a reason's sentence may name, from its parameters and the error's own fields. */
const valuesOf = (error: AppError): Record<string, string | number> => ({
  ...(error.status === undefined ? {} : { status: error.status }),
  ...(error.retryAfterMs === undefined ? {} : { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) }),
  ...(error.sizeBytes === undefined ? {} : { sizeBytes: error.sizeBytes }),
  ...(error.limitBytes === undefined ? {} : { limitBytes: error.limitBytes }),
  ...error.params,
});

/** The short name of an error's kind ("Not authorized"), for labels and status lines. */
export const describeErrorCode = (t: TFunction, error: AppError): string => t(`errors.code.${error.code}`);

const LIMITED_RULES: ReadonlySet<FieldRule> = new Set(['too_long', 'too_short', 'too_big', 'too_small']);
const isLimited = (rule: FieldRule): rule is 'too_long' | 'too_short' | 'too_big' | 'too_small' =>
  LIMITED_RULES.has(rule);

/** Which rule a field broke ("is longer than 200"), for a message next to the field itself. */
export const describeRule = (t: TFunction, issue: FieldIssue): string =>
  issue.limit !== undefined && isLimited(issue.rule)
    ? t(`errors.ruleWithLimit.${issue.rule}`, { limit: issue.limit })
    : t(`errors.rule.${issue.rule}`);

const describeIssue = (t: TFunction, field: string, issue: FieldIssue): string =>
  t('errors.field', { field: field === '(input)' ? t('errors.whole') : field, rule: describeRule(t, issue) });

/**
 * Each field problem as one line: our own validation's rules in the interface's language, and Famulor's field
 * errors in Famulor's words, marked as Famulor's.
 */
export const describeFieldProblems = (t: TFunction, error: AppError): { field: string; text: string }[] => [
  ...Object.entries(error.fieldIssues ?? {}).flatMap(([field, issues]) =>
    issues.map((issue) => ({ field, text: describeIssue(t, field, issue) })),
  ),
  ...Object.entries(error.fieldErrors ?? {}).flatMap(([field, texts]) =>
    texts.map((text) => ({ field, text: t('errors.famulorField', { field, text }) })),
  ),
];

/**
 * Any error as one sentence in the interface's language: the reason's words with its parameters, then
 * Famulor's own text (verbatim, labelled as Famulor's) when Famulor sent one. A diagnostic is never shown.
 */
export const describeError = (t: TFunction, error: AppError): string => {
  const sentence = t(`errors.reason.${error.reason}`, valuesOf(error));
  return error.famulorError
    ? `${sentence} ${t('errors.famulorSaid', { text: error.famulorError })}`
    : sentence;
};
