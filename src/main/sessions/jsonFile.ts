import Conf from 'conf';

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
}

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
});

/** conf writes through `atomically` (temp file, fsync, rename) with the mode we pass. */
export const createConfJsonFile: CreateJsonFile = (options) => new Conf<Record<string, unknown>>(options);
