import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodIssues } from './describeZodIssues';

const errorOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to be refused');
  return parsed.error;
};

describe('describeZodIssues', () => {
  const wide = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string() });

  it('names each issue by its path, up to the limit', () => {
    expect(describeZodIssues(errorOf(wide, {})).split('; ')).toHaveLength(3);
    expect(describeZodIssues(errorOf(wide, {}), { limit: 1 })).toMatch(/^a: Invalid input/);
    expect(describeZodIssues(errorOf(z.object({ a: z.array(z.number()) }), { a: ['x'] }))).toMatch(/^a\.0: /);
  });

  it('names an issue of the whole value by the root label given', () => {
    expect(describeZodIssues(errorOf(z.string(), 1))).toMatch(/^\(root\): /);
    expect(describeZodIssues(errorOf(z.string(), 1), { root: '(body)' })).toMatch(/^\(body\): /);
  });
});
