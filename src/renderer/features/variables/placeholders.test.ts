import { describe, expect, it } from 'vitest';
import { findPlaceholders, isUnset } from './placeholders';

describe('findPlaceholders', () => {
  it('finds both brace styles in the prompt and the initial message, in order, once per name', () => {
    const found = findPlaceholders({
      systemPrompt: 'You are {{assistant_name}} of {company_name}. Slots last {appointment_minutes} min.',
      initialMessage: 'Hi, I am {{ assistant_name }} from {{company_name}}.',
    });
    expect(found.map((item) => item.name)).toEqual(['assistant_name', 'company_name', 'appointment_minutes']);
    expect(found[1]).toEqual({
      name: 'company_name',
      styles: ['single', 'double'],
      sources: ['systemPrompt', 'initialMessage'],
      system: false,
    });
    expect(found[0]?.system).toBe(true);
  });

  it('ignores braces that are not placeholders', () => {
    expect(findPlaceholders({ systemPrompt: 'JSON like {"a": 1}, {1x}, { spaced } and {}' })).toEqual([]);
  });

  it('handles missing texts', () => {
    expect(findPlaceholders({ systemPrompt: null })).toEqual([]);
  });
});

describe('isUnset', () => {
  const [custom, system] = findPlaceholders({ systemPrompt: '{company_name} {{current_date}}' });

  it('flags a custom placeholder without a value, or with an empty one', () => {
    expect(custom && isUnset(custom, {})).toBe(true);
    expect(custom && isUnset(custom, { company_name: '' })).toBe(true);
    expect(custom && isUnset(custom, { company_name: 'Acme' })).toBe(false);
  });

  it('never flags a system variable: Famulor fills it in', () => {
    expect(system && isUnset(system, {})).toBe(false);
  });
});
