import type { JsonValue, Variables } from '../../../shared/domain/famulor';
import { findSyntaxFault } from './jsonSyntax';

/** One row of the key/value table: the value as typed (plain text, or JSON for numbers, booleans, objects). */
export interface VariableRow {
  key: string;
  value: string;
}

export interface JsonProblem {
  kind: 'syntax' | 'notObject';
  /** For a syntax error: what the text should have had at that position ('"," or "}"', 'a value' …). */
  expected: string;
  /** 1-based, where the parser gave up. */
  line: number;
  column: number;
}

export type ParsedVariables = { ok: true; variables: Variables } | { ok: false; problem: JsonProblem };

export const variablesToJson = (variables: Variables): string => JSON.stringify(variables, null, 2);

/** Turns a character offset into the 1-based line and column an editor shows. */
export const positionAt = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
};

const isRecord = (value: unknown): value is Variables =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the raw JSON tab: it must be one object; errors carry the line and column to point at. */
export const parseVariablesJson = (text: string): ParsedVariables => {
  if (text.trim() === '') return { ok: true, variables: {} };
  const fault = findSyntaxFault(text);
  if (fault)
    return {
      ok: false,
      problem: { kind: 'syntax', expected: fault.expected, ...positionAt(text, fault.offset) },
    };
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed)) {
    const start = text.length - text.trimStart().length;
    return { ok: false, problem: { kind: 'notObject', expected: '', ...positionAt(text, start) } };
  }
  return { ok: true, variables: parsed };
};

// Text that reads as JSON (a number, true, a quoted string, an object …) is taken as that JSON value.
const LOOKS_LIKE_JSON = /^(?:-?\d|true$|false$|null$|["[{])/;

export const parseCellValue = (text: string): JsonValue => {
  const trimmed = text.trim();
  if (!LOOKS_LIKE_JSON.test(trimmed)) return text;
  try {
    return JSON.parse(trimmed) as JsonValue;
  } catch {
    return text;
  }
};

/** The inverse of parseCellValue: a string that would read as other JSON is shown quoted, so it stays a string. */
export const formatCellValue = (value: JsonValue): string => {
  if (typeof value !== 'string') return JSON.stringify(value);
  return parseCellValue(value) === value ? value : JSON.stringify(value);
};

export const variablesToRows = (variables: Variables): VariableRow[] =>
  Object.entries(variables).map(([key, value]) => ({ key, value: formatCellValue(value) }));

export interface RowsResult {
  variables: Variables;
  /** Per row index: why the row cannot be used (an empty or repeated name). */
  errors: Record<number, 'missingName' | 'duplicate'>;
}

/** Table → variables; a row without a name and value is just an empty line in the table and is ignored. */
export const rowsToVariables = (rows: VariableRow[]): RowsResult => {
  const variables: Variables = {};
  const errors: RowsResult['errors'] = {};
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (key === '' && row.value.trim() === '') return;
    if (key === '') errors[index] = 'missingName';
    else if (Object.hasOwn(variables, key)) errors[index] = 'duplicate';
    else variables[key] = parseCellValue(row.value);
  });
  return { variables, errors };
};
