import { describe, expect, it } from 'vitest';
import { fillPlaceholders, findPlaceholders } from './placeholders';

describe('findPlaceholders', () => {
  it('finds both brace styles with their line and column, and says who fills each', () => {
    const text =
      'You are {{assistant_name}} at {company_name}.\nToday is {{ current_date }}; ask for {order_id}.';
    expect(
      findPlaceholders(text, { company_name: 'Acme' }).map(({ name, braces, line, column, kind }) => [
        name,
        braces,
        line,
        column,
        kind,
      ]),
    ).toEqual([
      ['assistant_name', 2, 1, 9, 'system'],
      ['company_name', 1, 1, 31, 'defined'],
      ['current_date', 2, 2, 10, 'system'],
      ['order_id', 1, 2, 38, 'unknown'],
    ]);
  });

  it('gives the span of each in the text, and ignores braces that hold no name', () => {
    const text = 'JSON like {"a": 1} or {} or { spaced } is no placeholder; {x} is.';
    const [only, ...rest] = findPlaceholders(text, {});
    expect(rest).toEqual([]);
    expect(text.slice(only?.start, only?.end)).toBe('{x}');
  });

  it('does not take a variable named like an object’s own property for a defined one', () => {
    expect(findPlaceholders('{constructor}', {})[0]?.kind).toBe('unknown');
  });
});

describe('fillPlaceholders', () => {
  it('fills both brace styles from the values and leaves one without a value as written', () => {
    expect(
      fillPlaceholders("Hi, I'm {{assistant_name}} from {company_name}, {{ city }} {unknown}.", {
        assistant_name: 'Clara',
        company_name: 'Stadtpark Health Clinic',
        city: 'Berlin',
      }),
    ).toBe("Hi, I'm Clara from Stadtpark Health Clinic, Berlin {unknown}.");
    expect(fillPlaceholders('{minutes} minutes, {flag}', { minutes: 30, flag: { on: true } })).toBe(
      '30 minutes, {flag}',
    );
  });
});
