import { describe, expect, it } from 'vitest';
import { entry, pane } from '../../testing/panesTestKit';
import { ReplayScriptSchema, type ReplayScript } from '../../../shared/domain/session';
import { createScript } from './script';

const source = pane('p1', [
  entry('a0', 'assistant', 'Hi'),
  entry('u1', 'user', 'Slots on 2026-03-02?'),
  entry('a1', 'assistant', '09:00'),
  entry('u2', 'user', '09:00, my name is Ada'),
]);

const draft = (name: string, existing: ReplayScript[] = [], from = source) =>
  createScript({
    name,
    pane: from,
    paneLabel: '1 · Clara (test)',
    existing,
    id: 'script-1',
    now: new Date('2026-03-02T10:00:00Z'),
  });

const valid = (): ReplayScript => {
  const script = draft('Happy path');
  if (typeof script === 'string') throw new Error(script);
  return script;
};

describe('replay scripts', () => {
  it('keeps the pane’s user messages, assistant and variables under a trimmed name', () => {
    expect(draft('  Happy path ')).toEqual({
      id: 'script-1',
      name: 'Happy path',
      createdAt: '2026-03-02T10:00:00.000Z',
      source: '1 · Clara (test)',
      assistant: source.assistant,
      variables: source.variables,
      messages: ['Slots on 2026-03-02?', '09:00, my name is Ada'],
    });
  });

  it('says why a script cannot be made', () => {
    expect(draft('  ')).toBe('nameMissing');
    expect(draft('x'.repeat(121))).toBe('nameTooLong');
    expect(draft('HAPPY PATH', [valid()])).toBe('nameTaken');
    expect(draft('Empty', [], pane('p2', [entry('a', 'assistant', 'Hi')]))).toBe('noMessages');
  });

  it('is what the session schema accepts, and broken records are refused', () => {
    const stored = JSON.parse(JSON.stringify(valid())) as ReplayScript;
    const accepts = (record: unknown) => ReplayScriptSchema.safeParse(record).success;
    expect(accepts(stored)).toBe(true);
    expect(accepts({ ...stored, messages: [] })).toBe(false);
    expect(accepts({ ...stored, messages: ['ok', 42] })).toBe(false);
    expect(accepts({ ...stored, messages: ['x'.repeat(2001)] })).toBe(false);
    expect(accepts({ ...stored, messages: ['😀'.repeat(2000)] })).toBe(true);
    expect(accepts({ ...stored, createdAt: 'yesterday' })).toBe(false);
    expect(accepts({ ...stored, assistant: { id: 'one', uuid: null, name: 'Clara' } })).toBe(false);
    expect(accepts({ ...stored, variables: [] })).toBe(false);
    expect(accepts({ ...stored, name: '   ' })).toBe(false);
  });
});
