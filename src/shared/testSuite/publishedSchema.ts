import { z } from 'zod';
import { TestSuiteSchema } from './suite';

/** Where the published schema lives in the repository, for a suite file's `$schema` or an editor's settings. */
export const SUITE_SCHEMA_PATH = 'schemas/test-suite.schema.json';

/**
 * The JSON Schema of a suite file, generated from TestSuiteSchema: what may be written (`io: 'input'`, so fields
 * with defaults are optional), not what the runner holds after filling them in.
 */
export const suiteJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(TestSuiteSchema, { io: 'input', target: 'draft-2020-12' }),
  title: 'Famulor Playground test suite',
});
