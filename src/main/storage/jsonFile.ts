import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync as writeFileAtomically } from 'atomically';
import { exceedsDepth, MAX_JSON_DEPTH } from '../../shared/jsonDepth';
import type { Finding } from '../storeProblems/finding';

/**
 * One JSON file of the stores. Reading `store` reads and parses the file every time; the stores therefore read
 * once and keep the working state in memory. Setting it writes the whole file atomically.
 */
export interface JsonFileHandle {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface JsonFileOptions {
  cwd: string;
  configName: string;
  fileExtension: string;
  /** Only the owner may read what we write (transcripts, ciphertexts). */
  configFileMode: number;
  serialize: (value: Record<string, unknown>) => string;
  deserialize: (text: string) => Record<string, unknown>;
}

/** A file that is JSON but not one the stores can hold; readJsonFile reports it with its finding. */
export class FileShapeError extends Error {
  constructor(readonly finding: Finding) {
    super(`The file is JSON of the wrong shape (${finding.code}).`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `[]` or `"x"` is JSON but no store: refused here, where every store reads, so each store moves such a file aside and reports it. */
const deserialize = (text: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new FileShapeError({ code: 'notAnObject' });
  return value;
};

/**
 * A deeply nested file would overflow the stack in the schemas, which recurse; readJsonFile checks what it
 * read with this before any schema sees it.
 */
export const refuseTooDeep = (data: Record<string, unknown>): void => {
  if (exceedsDepth(data)) throw new FileShapeError({ code: 'tooDeep', params: { limit: MAX_JSON_DEPTH } });
};

export type CreateJsonFile = (options: JsonFileOptions) => JsonFileHandle;

const PRIVATE_FILE_MODE = 0o600;

export const jsonFileOptions = (cwd: string, name: string): JsonFileOptions => ({
  cwd,
  configName: name,
  fileExtension: 'json',
  configFileMode: PRIVATE_FILE_MODE,
  // Compact: transcripts make large files, and every save rewrites the whole file.
  serialize: (value) => JSON.stringify(value),
  deserialize,
});

/** Whether an error says that a file is not there. */
const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * The stores' file layer: a missing file reads as `{}`; an unparseable one throws (the caller moves it aside and
 * reports it — nothing is replaced silently); a write goes to a temporary file, is synced and renamed over the
 * old one (`atomically`), so a crash leaves the old file or the new one, never half of one. (This was conf and
 * electron-store, whose schema validation, migrations and dot-paths the stores never used: with ajv and semver
 * they were half of main's code to load at every start, and conf parsed the old file again on every write.)
 */
export const openJsonFile: CreateJsonFile = (options) => {
  const path = join(options.cwd, `${options.configName}.${options.fileExtension}`);
  return {
    path,
    get store() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if (isMissing(error)) return {};
        throw error;
      }
      return options.deserialize(text);
    },
    set store(value) {
      // The folder may have been removed while the app ran.
      mkdirSync(options.cwd, { recursive: true });
      const text = options.serialize(value);
      try {
        writeFileAtomically(path, text, { mode: options.configFileMode });
      } catch (error) {
        // Windows sometimes refuses the rename across what it takes for two devices (electron-store#106).
        if ((error as NodeJS.ErrnoException | null)?.code !== 'EXDEV') throw error;
        writeFileSync(path, text, { mode: options.configFileMode });
      }
    },
  };
};
