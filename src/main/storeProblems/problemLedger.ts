import { z } from 'zod';
import { StoreProblemSchema, type StoreProblem } from '../../shared/domain/storeProblem';
import { moveAside, readJsonFile } from '../storage/fileSafety';
import { jsonFileOptions, type CreateJsonFile, type JsonFileHandle } from '../storage/jsonFile';
import { describeSchemaError } from '../sessions/migrations';

export const PROBLEMS_FILE_NAME = 'store-problems';

const LedgerFileSchema = z.object({ schemaVersion: z.literal(1), problems: z.array(StoreProblemSchema) });

/**
 * Reports of reset and quarantined files, kept on disk until the person dismisses them: a file moved aside at
 * one start is gone at the next, so without this a report shown once (or never, if the window was not open)
 * would be lost.
 */
export interface ProblemLedger {
  /** Adds new findings (a finding already listed, or dismissed during this run, is not added again); returns all. */
  record(found: readonly StoreProblem[]): StoreProblem[];
  /** Removes the given reports; returns what is left. */
  dismiss(ids: readonly string[]): StoreProblem[];
}

export interface ProblemLedgerOptions {
  dir: string;
  createJsonFile: CreateJsonFile;
  now: () => Date;
  logger: { error(message: string, detail?: unknown): void };
}

export const createProblemLedger = ({
  dir,
  createJsonFile,
  now,
  logger,
}: ProblemLedgerOptions): ProblemLedger => {
  let handle: JsonFileHandle | null = null;
  let problems: StoreProblem[] = [];
  const dismissed = new Set<string>();

  const outcome = readJsonFile(createJsonFile, dir, PROBLEMS_FILE_NAME);
  if (outcome.kind === 'unreadable') {
    problems.push(moveAside('problemReports', outcome.path, outcome.finding, now()));
  } else if (outcome.kind === 'ok') {
    const parsed = LedgerFileSchema.safeParse(outcome.data);
    if (parsed.success) {
      handle = outcome.handle;
      problems = parsed.data.problems;
    } else {
      const finding = { code: 'schema' as const, params: { detail: describeSchemaError(parsed.error) } };
      problems.push(moveAside('problemReports', outcome.path, finding, now()));
    }
  }

  const save = () => {
    try {
      handle ??= createJsonFile(jsonFileOptions(dir, PROBLEMS_FILE_NAME));
      handle.store = { schemaVersion: 1, problems };
    } catch (error) {
      // The reports stay in memory for this run; failing to keep them must not fail what reported them.
      logger.error('Could not save the reports of damaged files', error);
    }
  };

  if (problems.length > 0) save();

  return {
    record(found) {
      const listed = new Set(problems.map((problem) => problem.id));
      const added = found.filter((problem) => !listed.has(problem.id) && !dismissed.has(problem.id));
      const unique = [...new Map(added.map((problem) => [problem.id, problem])).values()];
      if (unique.length > 0) {
        problems = [...problems, ...unique];
        save();
      }
      return [...problems];
    },
    dismiss(ids) {
      for (const id of ids) dismissed.add(id);
      const left = problems.filter((problem) => !dismissed.has(problem.id));
      if (left.length !== problems.length) {
        problems = left;
        save();
      }
      return [...problems];
    },
  };
};
