import { describe, expect, it } from 'vitest';
import { availabilityCall, entry } from '../../testing/panesTestKit';
import { alignTurns, turnsOf } from './alignTurns';

describe('turn alignment', () => {
  it('splits a transcript at user messages, skipping the greeting and joining multi-part replies', () => {
    const turns = turnsOf([
      entry('a0', 'assistant', 'Hello!'),
      entry('u1', 'user', 'Slots on 2026-03-02?'),
      entry('a1', 'assistant', 'Let me check.'),
      entry('s1', 'system', 'AI disabled'),
      entry('a2', 'assistant', '09:00 is free.', [availabilityCall('2026-03-02')]),
      entry('u2', 'user', 'Thanks'),
      entry('e2', 'error', 'Rate limited'),
    ]);
    expect(turns).toEqual([
      {
        userMessage: 'Slots on 2026-03-02?',
        reply: 'Let me check.\n\n09:00 is free.',
        functionCalls: [availabilityCall('2026-03-02')],
        failed: false,
      },
      { userMessage: 'Thanks', reply: 'Rate limited', functionCalls: [], failed: true },
    ]);
  });

  it('aligns the n-th user message of each transcript and pads the shorter ones with null', () => {
    const aligned = alignTurns([
      [
        entry('u1', 'user', 'one'),
        entry('a1', 'assistant', 'A1'),
        entry('u2', 'user', 'two'),
        entry('a2', 'assistant', 'A2'),
      ],
      [entry('v0', 'assistant', 'greeting'), entry('v1', 'user', 'one'), entry('b1', 'assistant', 'B1')],
    ]);
    expect(aligned).toHaveLength(2);
    expect(aligned[0]).toMatchObject({ turn: 1, userMessage: 'one' });
    expect(aligned[0]?.replies.map((reply) => reply?.reply)).toEqual(['A1', 'B1']);
    expect(aligned[1]?.turn).toBe(2);
    expect(aligned[1]?.replies[1]).toBeNull();
  });

  it('takes the user message from the first transcript that has the turn', () => {
    const aligned = alignTurns([[], [entry('u1', 'user', 'only here')]]);
    expect(aligned).toEqual([
      {
        turn: 1,
        userMessage: 'only here',
        replies: [null, { userMessage: 'only here', reply: '', functionCalls: [], failed: false }],
      },
    ]);
  });

  it('has no turns when no transcript has a user message', () => {
    expect(alignTurns([[entry('a', 'assistant', 'hi')], []])).toEqual([]);
  });
});
