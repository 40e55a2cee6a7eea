import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../shared/domain/session';
import { byRecentChange, nextDefaultName } from './sessionOrder';

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
