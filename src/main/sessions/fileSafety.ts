import { constants, copyFileSync, existsSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreProblem } from '../../shared/domain/session';
import { jsonFileOptions, type CreateJsonFile, type JsonFileHandle } from './jsonFile';

export type ReadOutcome =
  | { kind: 'missing'; path: string }
  | { kind: 'ok'; path: string; handle: JsonFileHandle; data: Record<string, unknown> }
  | { kind: 'unreadable'; path: string; reason: string };

const describeReadError = (error: unknown): string => {
  if (error instanceof SyntaxError) return `The file is not valid JSON (${error.message}).`;
  if (error instanceof Error) return `The file could not be read (${error.message}).`;
  return 'The file could not be read.';
};

/** Opens `<dir>/<name>.json` through the injected file layer and tells apart missing, readable and broken files. */
export const readJsonFile = (createJsonFile: CreateJsonFile, dir: string, name: string): ReadOutcome => {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) return { kind: 'missing', path };
  try {
    const handle = createJsonFile(jsonFileOptions(dir, name));
    return { kind: 'ok', path, handle, data: handle.store };
  } catch (error) {
    return { kind: 'unreadable', path, reason: describeReadError(error) };
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

/**
 * Moves a file that cannot be used to `<name>.corrupt-<timestamp>.json` next to it, so nothing is replaced
 * silently and a person can still look at (or repair) what was there.
 */
export const moveAside = (path: string, reason: string, now: Date): StoreProblem => {
  const base = withoutJsonExtension(path);
  const target = freePath((attempt) => `${base}.corrupt-${stamp(now)}${attempt ? `-${attempt}` : ''}.json`);
  renameSync(path, target);
  return { file: path, movedTo: target, reason };
};

/** Keeps a copy of a file while leaving it in place (used where other owners' keys share the file). */
export const copyAside = (path: string, reason: string, now: Date): StoreProblem => {
  const base = withoutJsonExtension(path);
  const target = freePath((attempt) => `${base}.corrupt-${stamp(now)}${attempt ? `-${attempt}` : ''}.json`);
  copyFileSync(path, target, constants.COPYFILE_EXCL);
  return { file: path, movedTo: target, reason };
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

// atomically names its temp files `<file>.tmp-<10 digits><6 hex>`; a kill -9 during a write leaves one behind.
const TEMP_FILE = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;

/** Removes temp files left by writes that were interrupted; the file they were meant to replace is intact. */
export const purgeInterruptedWrites = (dir: string): string[] => {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (!TEMP_FILE.test(entry)) continue;
    const path = join(dir, entry);
    unlinkSync(path);
    removed.push(path);
  }
  return removed;
};
