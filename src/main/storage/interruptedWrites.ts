import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreProblem, StoreProblemSubject } from '../../shared/domain/storeProblem';
import { storeProblem } from '../storeProblems/finding';
import { asidePath } from './fileSafety';

// atomically names its temp files `<file>.tmp-<10 digits><6 hex>`; a kill -9 during a write leaves one behind.
const TEMP_FILE = /^(.+\.json)\.tmp-\d{10}[0-9a-f]{6}$/;

const completeJson = (path: string): string | null => {
  try {
    const text = readFileSync(path, 'utf8');
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? text : null;
  } catch {
    return null;
  }
};

/**
 * Whether a temp file holds data its target does not: it was written in full (a kill after the write, before
 * the rename), differs from the target, and is not older than it.
 */
const holdsNewerData = (tempPath: string, targetPath: string): boolean => {
  const text = completeJson(tempPath);
  if (text === null) return false;
  if (!existsSync(targetPath)) return true;
  if (readFileSync(targetPath, 'utf8') === text) return false;
  return statSync(tempPath).mtimeMs >= statSync(targetPath).mtimeMs;
};

/**
 * Settles the temp files interrupted writes left in `dir`. A partial one is removed (the file it was meant to
 * replace is intact). A complete one with newer data was never acknowledged, but it is what the person last
 * did: it is kept as `<name>.unsaved-<timestamp>.json` and reported, so they can recover it. Files whose
 * `subjectOf` is null are caches, rebuilt from elsewhere; their temp files are always removed.
 */
export const settleInterruptedWrites = (
  dir: string,
  subjectOf: (fileName: string) => StoreProblemSubject | null,
  now: Date,
): StoreProblem[] => {
  if (!existsSync(dir)) return [];
  const problems: StoreProblem[] = [];
  for (const entry of readdirSync(dir)) {
    const target = TEMP_FILE.exec(entry)?.[1];
    if (!target) continue;
    const tempPath = join(dir, entry);
    const targetPath = join(dir, target);
    const subject = subjectOf(target);
    if (subject && holdsNewerData(tempPath, targetPath)) {
      const kept = asidePath(targetPath, 'unsaved', now);
      renameSync(tempPath, kept);
      problems.push(storeProblem(subject, { code: 'interruptedSave' }, targetPath, kept));
    } else {
      unlinkSync(tempPath);
    }
  }
  return problems;
};
