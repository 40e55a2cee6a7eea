import { constants, copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreProblem, StoreProblemSubject } from '../../shared/domain/storeProblem';
import { storeProblem, type Finding } from '../storeProblems/finding';
import {
  FileShapeError,
  jsonFileOptions,
  refuseTooDeep,
  type CreateJsonFile,
  type JsonFileHandle,
} from './jsonFile';

export type ReadOutcome =
  | { kind: 'missing'; path: string }
  | { kind: 'ok'; path: string; handle: JsonFileHandle; data: Record<string, unknown> }
  | { kind: 'unreadable'; path: string; finding: Finding };

const describeReadError = (error: unknown): Finding => {
  if (error instanceof FileShapeError) return error.finding;
  if (error instanceof SyntaxError) return { code: 'notJson', params: { detail: error.message } };
  return { code: 'unreadable', params: { detail: error instanceof Error ? error.message : String(error) } };
};

/** Opens `<dir>/<name>.json` through the injected file layer and tells apart missing, readable and broken files. */
export const readJsonFile = (createJsonFile: CreateJsonFile, dir: string, name: string): ReadOutcome => {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) return { kind: 'missing', path };
  try {
    const handle = createJsonFile(jsonFileOptions(dir, name));
    const data = handle.store;
    refuseTooDeep(data);
    return { kind: 'ok', path, handle, data };
  } catch (error) {
    return { kind: 'unreadable', path, finding: describeReadError(error) };
  }
};

const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

const withoutJsonExtension = (path: string): string => path.replace(/\.json$/, '');

const freePath = (wanted: (attempt: number) => string): string => {
  for (let attempt = 0; ; attempt += 1) {
    const candidate = wanted(attempt);
    if (!existsSync(candidate)) return candidate;
  }
};

/** `<name>.<label>-<timestamp>.json` next to the file, never an existing name. */
export const asidePath = (path: string, label: string, now: Date): string => {
  const base = withoutJsonExtension(path);
  return freePath((attempt) => `${base}.${label}-${stamp(now)}${attempt ? `-${attempt}` : ''}.json`);
};

/**
 * Moves a file that cannot be used to `<name>.corrupt-<timestamp>.json` next to it, so nothing is replaced
 * silently and a person can still look at (or repair) what was there.
 */
export const moveAside = (
  subject: StoreProblemSubject,
  path: string,
  finding: Finding,
  now: Date,
): StoreProblem => {
  const target = asidePath(path, 'corrupt', now);
  renameSync(path, target);
  return storeProblem(subject, finding, path, target);
};

/** Keeps a copy of a file while leaving it in place (used where other owners' keys share the file). */
export const copyAside = (
  subject: StoreProblemSubject,
  path: string,
  finding: Finding,
  now: Date,
): StoreProblem => {
  const target = asidePath(path, 'corrupt', now);
  copyFileSync(path, target, constants.COPYFILE_EXCL);
  return storeProblem(subject, finding, path, target);
};

/**
 * Copies a file to `<name>.v<version>-backup.json` before a migration rewrites it. An existing backup is
 * kept: it is the oldest copy of that version and the one worth having.
 */
export const backupBeforeMigration = (path: string, fromVersion: number): string => {
  const target = `${withoutJsonExtension(path)}.v${fromVersion}-backup.json`;
  if (!existsSync(target)) copyFileSync(path, target, constants.COPYFILE_EXCL);
  return target;
};
