import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../shared/domain/session';
import { byRecentChange, filterSessions, nextDefaultName } from './sessionSearch';

const summary = (id: string, patch: Partial<SessionSummary>): SessionSummary => ({
  id,
  name: id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  assistantNames: [],
  messageCount: 0,
  preview: '',
  ...patch,
});

const sessions = [
  summary('a', { name: 'Booking flow', assistantNames: ['Clara'], preview: 'On 2026-06-15 I have slots' }),
  summary('b', { name: 'Münster demo', assistantNames: ['Support bot'], preview: 'Refund please' }),
];

describe('filterSessions', () => {
  it('matches the name, the assistant and the latest message', () => {
    expect(filterSessions(sessions, 'booking').map((s) => s.id)).toEqual(['a']);
    expect(filterSessions(sessions, 'support').map((s) => s.id)).toEqual(['b']);
    expect(filterSessions(sessions, 'refund').map((s) => s.id)).toEqual(['b']);
  });

  it('needs every word, ignoring case and accents', () => {
    expect(filterSessions(sessions, 'MUNSTER refund').map((s) => s.id)).toEqual(['b']);
    expect(filterSessions(sessions, 'clara refund')).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(filterSessions(sessions, '  ')).toBe(sessions);
  });
});

describe('ordering and names', () => {
  it('puts the most recently changed session first', () => {
    const older = summary('old', { updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = summary('new', { updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(byRecentChange([older, newer]).map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('picks the first free default name', () => {
    const taken = [summary('x', { name: 'Session 2' })];
    expect(nextDefaultName(taken, (n) => `Session ${n}`)).toBe('Session 3');
  });
});
