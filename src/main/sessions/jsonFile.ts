import Conf from 'conf';
import { exceedsDepth, MAX_JSON_DEPTH } from '../../shared/jsonDepth';
import type { Finding } from '../storeProblems/finding';

/**
 * The part of conf's API the stores use. electron-store extends conf, so the desktop shell can pass a factory
 * that builds electron-store instances instead (electron-store imports `electron` and cannot load in plain Node).
 * Reading `store` re-reads and parses the file every time; the stores therefore read once and keep the
 * working state in memory.
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
  /** conf would silently replace an unparseable file with `{}`; we move it aside and report it instead. */
  clearInvalidConfig: false;
  /** Keys are stored as given; dots in variable names must not turn into nested paths. */
  accessPropertiesByDotNotation: false;
  watch: false;
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

/**
 * conf would turn `[]` or `"x"` into an empty object: refused here, where every store reads, so each store
 * moves such a file aside and reports it. (conf also parses the old file on every write; this stays cheap.)
 */
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
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
  // Compact: transcripts make large files, and every save rewrites the whole file.
  serialize: (value) => JSON.stringify(value),
  deserialize,
});

/** conf writes through `atomically` (temp file, fsync, rename) with the mode we pass. */
export const createConfJsonFile: CreateJsonFile = (options) => new Conf<Record<string, unknown>>(options);
