import { z } from 'zod';

/**
 * Something a store found wrong with a file, or reset, at start or later. Main says what (a code and its
 * parameters) and where the file went; the renderer owns every word of the report, in each language.
 */

/** Which file it was, so the report can say what the person lost or still has. */
export const StoreProblemSubjectSchema = z.enum([
  'session',
  'sessionList',
  'settings',
  'preferences',
  'keyVault',
  /** The file that keeps these reports until they are dismissed. */
  'problemReports',
  /** The list of test suites and their kept runs. */
  'testSuites',
  /** The prompt lab's versions and the scratch copies it made. */
  'assistantLab',
  /** The demo packs imported or edited, and which packs the Offline demo serves. */
  'demoPacks',
]);
export type StoreProblemSubject = z.infer<typeof StoreProblemSubjectSchema>;

export const StoreProblemCodeSchema = z.enum([
  /** Not JSON (params: detail). */
  'notJson',
  /** The file system refused to read it (params: detail). */
  'unreadable',
  /** JSON whose top level is not an object, such as `[]`. */
  'notAnObject',
  /** Nested deeper than any file the app writes (params: limit); validating it would overflow the stack. */
  'tooDeep',
  /** Does not match its schema (params: detail). */
  'schema',
  'noSchemaVersion',
  /** An older file that could not be migrated (params: version, detail). */
  'migrationFailed',
  /** Written by a newer version of the app (params: version); left untouched. */
  'newerVersion',
  /** The file's name and the session inside disagree (params: found). */
  'wrongId',
  /** Some connection profiles were invalid and left out (params: count). */
  'invalidProfiles',
  /** One preference was invalid and reset to its default (params: field). */
  'invalidPreference',
  /** A save interrupted after its temp file was complete left newer data than the file; it was kept. */
  'interruptedSave',
]);
export type StoreProblemCode = z.infer<typeof StoreProblemCodeSchema>;

export const StoreProblemSchema = z.object({
  /** Stable for the same finding, so a report survives restarts until dismissed and is never listed twice. */
  id: z.string().min(1).max(64),
  subject: StoreProblemSubjectSchema,
  code: StoreProblemCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  file: z.string(),
  /** Where the file (or a copy of it, or the newer data found) now is; null when it was left in place. */
  movedTo: z.string().nullable(),
});
export type StoreProblem = z.infer<typeof StoreProblemSchema>;
