import type { Variables } from './famulor';

/** Famulor's system variables: filled in by Famulor itself, never defined on the assistant (famulor-api.md). */
export const SYSTEM_VARIABLES = [
  'customer_phone',
  'assistant_phone',
  'assistant_id',
  'assistant_name',
  'current_date',
  'current_time',
] as const;

export type PlaceholderKind = 'system' | 'defined' | 'unknown';

export interface Placeholder {
  name: string;
  /** `{{name}}` (chat pages) or `{name}` (call pages). */
  braces: 1 | 2;
  /** 1-based line and column of its opening brace, and where it starts and ends in the text. */
  line: number;
  column: number;
  start: number;
  end: number;
  kind: PlaceholderKind;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Every `{{var}}` and `{var}` in a prompt or greeting, with where it is and whether Famulor fills it (a system
 * variable), the assistant defines it (a custom variable with a default), or neither — which the lab warns of,
 * since Famulor would leave it as it is, braces and all.
 */
export const findPlaceholders = (text: string, variables: Variables): Placeholder[] => {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  const system = new Set<string>(SYSTEM_VARIABLES);
  const found: Placeholder[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? match[2] ?? '';
    const start = match.index;
    let line = lineStarts.length - 1;
    while ((lineStarts[line] ?? 0) > start) line -= 1;
    found.push({
      name,
      braces: match[1] === undefined ? 1 : 2,
      line: line + 1,
      column: start - (lineStarts[line] ?? 0) + 1,
      start,
      end: start + match[0].length,
      kind: system.has(name) ? 'system' : Object.hasOwn(variables, name) ? 'defined' : 'unknown',
    });
  }
  return found;
};

/** The text with every placeholder that has a value filled in; one without a value stays as written, braces and all. */
export const fillPlaceholders = (text: string, values: Variables): string => {
  let filled = '';
  let at = 0;
  for (const placeholder of findPlaceholders(text, values)) {
    const value = values[placeholder.name];
    if (value === undefined || value === null || typeof value === 'object') continue;
    filled += text.slice(at, placeholder.start) + String(value);
    at = placeholder.end;
  }
  return filled + text.slice(at);
};
