import { describe, expect, it } from 'vitest';
import {
  formatCellValue,
  parseCellValue,
  parseVariablesJson,
  positionAt,
  rowsToVariables,
  variablesToJson,
  variablesToRows,
} from './variablesJson';

describe('parseVariablesJson', () => {
  it('parses an object', () => {
    expect(parseVariablesJson('{"city": "Berlin", "vip": true}')).toEqual({
      ok: true,
      variables: { city: 'Berlin', vip: true },
    });
  });

  it('treats an empty text as no variables', () => {
    expect(parseVariablesJson('  ')).toEqual({ ok: true, variables: {} });
  });

  it('reports a syntax error with the line and column where it happened', () => {
    const result = parseVariablesJson('{\n  "city": "Berlin",\n  "vip": tru\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('syntax');
    expect(result.problem).toMatchObject({ line: 3, column: 10, expected: 'a value' });
  });

  it('reports an unfinished object at its end', () => {
    const result = parseVariablesJson('{\n  "a": 1');
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'syntax', line: 2, column: 9, expected: '"," or "}"' },
    });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const samples = [
      '{"a":[1,2.5e3,-0,{"b":null}],"c":"\\u00e9\\n"}',
      '{"a":01}',
      '{"a":"x\ty"}',
      '{"a":1,}',
      '{a:1}',
    ];
    for (const sample of samples) {
      let valid = true;
      try {
        JSON.parse(sample);
      } catch {
        valid = false;
      }
      expect(parseVariablesJson(sample).ok, sample).toBe(valid);
    }
  });

  it('refuses JSON that is not an object, pointing at its start', () => {
    expect(parseVariablesJson('\n  [1, 2]')).toEqual({
      ok: false,
      problem: { kind: 'notObject', expected: '', line: 2, column: 3 },
    });
  });
});

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('table cells', () => {
  it('reads JSON-looking text as JSON and anything else as a string', () => {
    expect(parseCellValue('30')).toBe(30);
    expect(parseCellValue('true')).toBe(true);
    expect(parseCellValue('{"a":1}')).toEqual({ a: 1 });
    expect(parseCellValue('"30"')).toBe('30');
    expect(parseCellValue('Berlin')).toBe('Berlin');
    expect(parseCellValue('{not json')).toBe('{not json');
  });

  it('shows values so that they read back as the same value', () => {
    for (const value of ['Berlin', '30', 'true', 30, false, null, { a: [1] }, '']) {
      expect(parseCellValue(formatCellValue(value))).toEqual(value);
    }
  });
});

describe('rows ↔ variables', () => {
  it('round-trips through the table', () => {
    const variables = { company_name: 'Acme', appointment_minutes: 30, code: '007', tags: ['a'] };
    expect(rowsToVariables(variablesToRows(variables))).toEqual({ variables, errors: {} });
    expect(JSON.parse(variablesToJson(variables))).toEqual(variables);
  });

  it('ignores empty rows and flags rows without a name or with a repeated name', () => {
    const result = rowsToVariables([
      { key: 'a', value: '1' },
      { key: '', value: '' },
      { key: '', value: 'orphan' },
      { key: 'a', value: '2' },
    ]);
    expect(result.variables).toEqual({ a: 1 });
    expect(result.errors).toEqual({ 2: 'missingName', 3: 'duplicate' });
  });
});
