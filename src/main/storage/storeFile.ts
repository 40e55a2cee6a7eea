import type { z } from 'zod';
import type { StoreProblem, StoreProblemSubject } from '../../shared/domain/storeProblem';
import { describeSchemaError } from '../sessions/migrations';
import { moveAside, readJsonFile } from './fileSafety';
import type { CreateJsonFile, JsonFileHandle } from './jsonFile';

export interface OpenedStoreFile<T> {
  /** The open file, or null when there was none (or it was moved aside): the first save creates it. */
  handle: JsonFileHandle | null;
  /** What the file held, or null to start from the store's empty state. */
  data: T | null;
  problems: StoreProblem[];
}

/**
 * One store's file, read and checked against its schema: a file that is not JSON, not an object or not of the
 * schema is moved aside with a report, and the store starts empty — nothing is replaced silently.
 */
export const openStoreFile = <S extends z.ZodType>(options: {
  createJsonFile: CreateJsonFile;
  dir: string;
  name: string;
  schema: S;
  subject: StoreProblemSubject;
  now: () => Date;
}): OpenedStoreFile<z.output<S>> => {
  const { createJsonFile, dir, name, schema, subject, now } = options;
  const outcome = readJsonFile(createJsonFile, dir, name);
  if (outcome.kind === 'missing') return { handle: null, data: null, problems: [] };
  if (outcome.kind === 'unreadable')
    return { handle: null, data: null, problems: [moveAside(subject, outcome.path, outcome.finding, now())] };
  const parsed = schema.safeParse(outcome.data);
  if (parsed.success) return { handle: outcome.handle, data: parsed.data, problems: [] };
  const finding = { code: 'schema' as const, params: { detail: describeSchemaError(parsed.error) } };
  return { handle: null, data: null, problems: [moveAside(subject, outcome.path, finding, now())] };
};
