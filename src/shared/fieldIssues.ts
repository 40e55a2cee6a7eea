import type { z } from 'zod';
import type { FieldIssue } from './errorReasons';

const limitOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined;

/** One zod issue as a rule and its limit, so the interface can word it; zod's own English text is dropped. */
export const fieldIssueOf = (issue: z.core.$ZodIssue): FieldIssue => {
  switch (issue.code) {
    case 'invalid_type':
      return { rule: issue.input === undefined ? 'required' : 'wrong_type' };
    case 'too_big': {
      const limit = limitOf(issue.maximum);
      const rule = issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'too_big';
      return limit === undefined ? { rule } : { rule, limit };
    }
    case 'too_small': {
      const limit = limitOf(issue.minimum);
      if (issue.origin === 'string' && limit === 1) return { rule: 'required' };
      const rule = issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'too_small';
      return limit === undefined ? { rule } : { rule, limit };
    }
    case 'invalid_format':
      return { rule: 'invalid_format' };
    case 'invalid_value':
      return { rule: 'not_allowed' };
    case 'unrecognized_keys':
      return { rule: 'unknown_field' };
    default:
      return { rule: 'invalid' };
  }
};

/** Every issue of a failed parse, by field path ("(input)" for the value as a whole). */
export const fieldIssuesOf = (error: z.ZodError): Record<string, FieldIssue[]> => {
  const issues: Record<string, FieldIssue[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(input)';
    (issues[key] ??= []).push(fieldIssueOf(issue));
  }
  return issues;
};
