export interface LoadedScript {
  /** Relative to the renderer build folder. */
  path: string;
  /** What made the page load it. */
  via: string;
  bytes: number;
  gzipBytes: number;
  /** The script carries zod (its `"ZodError"` name). */
  hasZod: boolean;
}

export interface ScriptEntry {
  path: string;
  via: string;
}

export function htmlEntries(html: string): ScriptEntry[];
export function staticImports(code: string): string[];
export function firstLoadScripts(rendererDir: string, extraEntries?: ScriptEntry[]): LoadedScript[];
export function totalGzipBytes(scripts: readonly LoadedScript[]): number;
