import { describe, expect, it } from 'vitest';
import { layeredLookup, renderJson, renderTemplate, systemVariables } from './templates';

describe('renderTemplate', () => {
  const lookup = layeredLookup(
    { name: 'Anna', minutes: 30, empty: null },
    { name: 'default', company: 'ACME' },
  );

  it('substitutes both {{var}} and {var}, earlier layers first', () => {
    expect(renderTemplate('Hi {{name}} from {company}, {{ name }}!', lookup)).toBe(
      'Hi Anna from ACME, Anna!',
    );
  });

  it('renders numbers as text and null as empty, and leaves unknown names visible', () => {
    expect(renderTemplate('{minutes} min{empty}; {{unknown}} {also_unknown}', lookup)).toBe(
      '30 min; {{unknown}} {also_unknown}',
    );
  });

  it('does not touch JSON-looking braces', () => {
    expect(renderTemplate('{"a": 1} { name } {1x}', lookup)).toBe('{"a": 1} { name } {1x}');
  });
});

describe('renderJson', () => {
  it('renders nested strings and keeps the type of a lone placeholder', () => {
    const lookup = layeredLookup({ minutes: 30, slots: ['09:00'], date: '2026-06-15' });
    expect(
      renderJson(
        {
          duration: '{{minutes}}',
          label: '{{minutes}} min',
          slots: '{slots}',
          at: ['{{date}}T10:00', 1, true],
        },
        lookup,
      ),
    ).toEqual({ duration: 30, label: '30 min', slots: ['09:00'], at: ['2026-06-15T10:00', 1, true] });
  });
});

describe('systemVariables', () => {
  it("gives the date and time in the assistant's timezone", () => {
    const variables = systemVariables({
      assistantId: 7,
      assistantName: 'Clara',
      timezone: 'Europe/Berlin',
      customerPhone: '',
      assistantPhone: '+4930123',
      at: new Date('2026-06-15T22:30:00Z'),
    });
    expect(variables).toEqual({
      customer_phone: '',
      assistant_phone: '+4930123',
      assistant_id: '7',
      assistant_name: 'Clara',
      current_date: '2026-06-16',
      current_time: '00:30',
    });
  });

  it('falls back to UTC when the assistant has no timezone', () => {
    const at = new Date('2026-06-15T22:30:00Z');
    const base = { assistantId: 1, assistantName: 'A', customerPhone: '', assistantPhone: '', at };
    expect(systemVariables({ ...base, timezone: null })).toMatchObject({
      current_date: '2026-06-15',
      current_time: '22:30',
    });
  });
});
