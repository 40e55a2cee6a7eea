import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUITE_SCHEMA_PATH, suiteJsonSchema } from './publishedSchema';
import { TestSuiteSchema } from './suite';

const root = join(__dirname, '../../..');
const examples = join(root, 'examples/suites');

describe('the published JSON Schema of a suite file', () => {
  it('is the one generated from the suite schema (run vitest with -u after changing suite.ts)', async () => {
    await expect(`${JSON.stringify(suiteJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      join(root, SUITE_SCHEMA_PATH),
    );
  });

  const validate = new Ajv2020({ strict: false }).compile(suiteJsonSchema());

  it.each(readdirSync(examples).filter((file) => file.endsWith('.yaml')))(
    'accepts the example %s, as the runner does',
    (file) => {
      const suite: unknown = parse(readFileSync(join(examples, file), 'utf8'));
      expect(validate(suite), JSON.stringify(validate.errors)).toBe(true);
      expect(TestSuiteSchema.safeParse(suite).success).toBe(true);
    },
  );

  it.each([
    [
      'an unknown key',
      { name: 'n', assistants: ['Clara'], cases: [{ name: 'c', turns: [{ user: 'hi', replay: {} }] }] },
    ],
    ['no cases', { name: 'n', assistants: ['Clara'], cases: [] }],
    [
      'a pass rate above 1',
      { name: 'n', assistants: ['Clara'], passRate: 1.5, cases: [{ name: 'c', turns: [{ user: 'hi' }] }] },
    ],
    [
      'a type Famulor has no test conversation for',
      {
        name: 'n',
        assistants: ['Clara'],
        matrix: { types: ['whatsapp'] },
        cases: [{ name: 'c', turns: [{ user: 'hi' }] }],
      },
    ],
  ])('refuses %s, as the runner does', (_what, suite) => {
    expect(validate(suite)).toBe(false);
    expect(TestSuiteSchema.safeParse(suite).success).toBe(false);
  });
});
