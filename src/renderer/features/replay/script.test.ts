import { describe, expect, it } from 'vitest';
import { entry, pane } from '../function-calls/testPanes';
import {
  createScript,
  isReplayScript,
  readScripts,
  removeScript,
  toStoredScript,
  upsertScript,
  type ReplayScript,
} from './script';

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
      kind: 'replay-script',
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

  it('accepts its own stored form and rejects broken or foreign records', () => {
    const stored = toStoredScript(valid());
    expect(isReplayScript(JSON.parse(JSON.stringify(stored)))).toBe(true);
    expect(isReplayScript({ ...stored, kind: 'variableSet' })).toBe(false);
    expect(isReplayScript({ ...stored, messages: [] })).toBe(false);
    expect(isReplayScript({ ...stored, messages: ['ok', 42] })).toBe(false);
    expect(isReplayScript({ ...stored, messages: ['x'.repeat(2001)] })).toBe(false);
    expect(isReplayScript({ ...stored, createdAt: 'yesterday' })).toBe(false);
    expect(isReplayScript({ ...stored, assistant: { id: 'one', uuid: null, name: 'Clara' } })).toBe(false);
    expect(isReplayScript({ ...stored, variables: [] })).toBe(false);
    expect(isReplayScript(null)).toBe(false);
  });

  it('stores, replaces and removes scripts without touching other kinds of records', () => {
    const variableSet = { kind: 'variableSet', id: 'vars-1', name: 'VIP', variables: { vip: true } };
    const script = valid();
    const once = upsertScript([variableSet], script);
    expect(once).toEqual([variableSet, toStoredScript(script)]);
    expect(readScripts(once)).toEqual([script]);
    const renamed = upsertScript(once, { ...script, name: 'Renamed' });
    expect(readScripts(renamed).map((item) => item.name)).toEqual(['Renamed']);
    expect(removeScript(renamed, script.id)).toEqual([variableSet]);
    expect(readScripts(undefined)).toEqual([]);
  });
});
