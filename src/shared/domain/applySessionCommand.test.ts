import { describe, expect, it } from 'vitest';
import { applySessionCommand, applySessionCommands, MAX_PANES } from './applySessionCommand';
import type { Pane, Session, TranscriptEntry } from './session';
import { SessionCommandSchema, type SessionCommand } from './sessionCommands';

const pane = (id: string, overrides: Partial<Pane> = {}): Pane => ({
  id,
  title: '',
  assistant: { id: 1, uuid: 'u-1', name: 'Clara' },
  conversationType: 'widget',
  variables: {},
  conversationId: null,
  profileId: null,
  draft: '',
  costUsd: 0,
  transcript: [],
  ...overrides,
});

const session = (panes: Pane[] = [pane('p1')]): Session => ({
  id: 's1',
  name: 'Session',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 0,
  notes: '',
  panes,
  variableSets: [],
  replayScripts: [],
  lastComparison: null,
});

const message = (id: string, role: TranscriptEntry['role'], content: string): TranscriptEntry => ({
  id,
  role,
  content,
  functionCalls: [],
  at: '2026-01-01T00:00:01.000Z',
  latencyMs: null,
});

const apply = (start: Session, ...commands: SessionCommand[]) =>
  applySessionCommands(start, commands, '2026-01-02T00:00:00.000Z');

describe('session commands', () => {
  it('append entries, start the conversation and bill a widget message; a reset starts over', () => {
    const sent = apply(
      session(),
      {
        type: 'appendEntries',
        paneId: 'p1',
        entries: [message('a0', 'assistant', 'Hi')],
        started: { conversationId: 'conv-1', profileId: 'offline-demo' },
      },
      {
        type: 'appendEntries',
        paneId: 'p1',
        billed: true,
        entries: [message('u1', 'user', 'Slots?'), message('a1', 'assistant', '09:00')],
      },
    );
    expect(sent.panes[0]).toMatchObject({
      conversationId: 'conv-1',
      profileId: 'offline-demo',
      costUsd: 0.01,
    });
    expect(sent.panes[0]?.transcript.map((entry) => entry.id)).toEqual(['a0', 'u1', 'a1']);
    expect(sent.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(apply(sent, { type: 'resetPane', paneId: 'p1' }).panes[0]).toMatchObject({
      conversationId: null,
      profileId: null,
      costUsd: 0,
      transcript: [],
    });
  });

  it('put a failed message back only into an empty draft, and take it out only while it is unchanged', () => {
    const failed = apply(session(), { type: 'replaceDraft', paneId: 'p1', from: '', to: 'book me in' });
    expect(failed.panes[0]?.draft).toBe('book me in');
    const typedMeanwhile = apply(session([pane('p1', { draft: 'new text' })]), {
      type: 'replaceDraft',
      paneId: 'p1',
      from: '',
      to: 'book me in',
    });
    expect(typedMeanwhile.panes[0]?.draft).toBe('new text');
    expect(
      apply(failed, { type: 'replaceDraft', paneId: 'p1', from: 'book me in', to: '' }).panes[0]?.draft,
    ).toBe('');
  });

  it('insert panes in place, at most MAX_PANES, and remove them', () => {
    const two = apply(session([pane('p1'), pane('p3')]), {
      type: 'insertPane',
      pane: pane('p2'),
      afterPaneId: 'p1',
    });
    expect(two.panes.map((each) => each.id)).toEqual(['p1', 'p2', 'p3']);
    const full = apply(two, { type: 'insertPane', pane: pane('p4'), afterPaneId: null });
    expect(full.panes).toHaveLength(MAX_PANES);
    expect(apply(full, { type: 'insertPane', pane: pane('p5'), afterPaneId: null })).toBe(full);
    expect(apply(full, { type: 'removePane', paneId: 'p2' }).panes.map((each) => each.id)).toEqual([
      'p1',
      'p3',
      'p4',
    ]);
  });

  it('change nothing about a pane that is gone (its reply arrived after it was closed)', () => {
    const start = session();
    expect(applySessionCommand(start, { type: 'setDraft', paneId: 'gone', draft: 'x' })).toBe(start);
    expect(
      applySessionCommand(start, {
        type: 'appendEntries',
        paneId: 'gone',
        entries: [message('u1', 'user', 'late')],
      }),
    ).toBe(start);
    expect(apply(start, { type: 'setDraft', paneId: 'p1', draft: '' })).toBe(start);
  });

  it('keep one variable set per name, scripts by id, and one comparison', () => {
    const script = {
      id: 'script-1',
      name: 'Happy path',
      createdAt: '2026-01-01T00:00:00.000Z',
      source: '1 · Clara',
      assistant: { id: 1, uuid: 'u-1', name: 'Clara' },
      variables: {},
      messages: ['Hi'],
    };
    const kept = apply(
      session(),
      { type: 'putVariableSet', set: { id: 'v1', name: 'VIP', variables: { tier: 'gold' } } },
      { type: 'putVariableSet', set: { id: 'v2', name: 'VIP', variables: { tier: 'platinum' } } },
      { type: 'putReplayScript', script },
      { type: 'putReplayScript', script: { ...script, name: 'Renamed' } },
      { type: 'setComparison', comparison: { scriptName: 'Renamed', paneIds: ['p1'] } },
      { type: 'rename', name: '  Refund flow ' },
    );
    expect(kept.variableSets).toEqual([{ id: 'v2', name: 'VIP', variables: { tier: 'platinum' } }]);
    expect(kept.replayScripts.map((each) => each.name)).toEqual(['Renamed']);
    expect(kept.lastComparison).toEqual({ scriptName: 'Renamed', paneIds: ['p1'] });
    expect(kept.name).toBe('Refund flow');
    const cleared = apply(
      kept,
      { type: 'deleteVariableSet', id: 'v2' },
      { type: 'deleteReplayScript', id: 'script-1' },
      { type: 'setComparison', comparison: null },
    );
    expect(cleared).toMatchObject({ variableSets: [], replayScripts: [], lastComparison: null });
  });

  it('change only what a command names: the other panes, sets and scripts stay as they were', () => {
    const script = (id: string, name: string) => ({
      id,
      name,
      createdAt: '2026-01-01T00:00:00.000Z',
      source: '1 · Clara',
      assistant: { id: 1, uuid: 'u-1', name: 'Clara' },
      variables: {},
      messages: ['Hi'],
    });
    const start = apply(
      session([pane('p1'), pane('p2'), pane('p3')]),
      { type: 'putVariableSet', set: { id: 'v1', name: 'VIP', variables: {} } },
      { type: 'putVariableSet', set: { id: 'v2', name: 'Berlin', variables: {} } },
      { type: 'putReplayScript', script: script('s1', 'One') },
      { type: 'putReplayScript', script: script('s2', 'Two') },
    );
    expect(start.variableSets.map((set) => set.id)).toEqual(['v1', 'v2']);

    const changed = apply(
      start,
      { type: 'setDraft', paneId: 'p2', draft: 'typed' },
      { type: 'patchPane', paneId: 'p3', patch: { title: 'Widget', variables: { city: 'Köln' } } },
      { type: 'insertPane', pane: pane('p4'), afterPaneId: 'p2' },
      { type: 'putReplayScript', script: script('s2', 'Two, renamed') },
    );
    expect(changed.panes.map((each) => [each.id, each.draft, each.title])).toEqual([
      ['p1', '', ''],
      ['p2', 'typed', ''],
      ['p4', '', ''],
      ['p3', '', 'Widget'],
    ]);
    expect(changed.panes[3]?.variables).toEqual({ city: 'Köln' });
    expect(changed.replayScripts.map((each) => each.name)).toEqual(['One', 'Two, renamed']);
    // A pane whose id is taken is not added twice.
    const two = session([pane('p1'), pane('p2')]);
    expect(apply(two, { type: 'insertPane', pane: pane('p1', { title: 'again' }), afterPaneId: null })).toBe(
      two,
    );

    const removed = apply(
      changed,
      { type: 'deleteVariableSet', id: 'v1' },
      { type: 'deleteReplayScript', id: 's1' },
    );
    expect(removed.variableSets.map((set) => set.id)).toEqual(['v2']);
    expect(removed.replayScripts.map((each) => each.id)).toEqual(['s2']);
  });

  it('bill only widget messages: a test conversation stays free', () => {
    const free = apply(session([pane('p1', { conversationType: 'test' })]), {
      type: 'appendEntries',
      paneId: 'p1',
      billed: true,
      entries: [message('u1', 'user', 'Hi')],
    });
    expect(free.panes[0]?.costUsd).toBe(0);
  });

  it('are refused at the boundary when they break a rule of the session', () => {
    const refused = (command: unknown) => !SessionCommandSchema.safeParse(command).success;
    expect(refused({ type: 'rename', name: '   ' })).toBe(true);
    expect(refused({ type: 'setDraft', paneId: 'p1', draft: 'x'.repeat(100_001) })).toBe(true);
    expect(refused({ type: 'patchPane', paneId: 'p1', patch: { transcript: [] } })).toBe(true);
    expect(refused({ type: 'appendEntries', paneId: 'p1', entries: [{ role: 'user' }] })).toBe(true);
    expect(refused({ type: 'replaceSession', session: session() })).toBe(true);
    expect(refused({ type: 'setDraft', paneId: 'p1', draft: 'fine' })).toBe(false);
  });
});
