import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/domain/famulor';
import { personEntryIndices } from './personRepliesSlice';

const entry = (role: 'user' | 'assistant', content: string): HistoryEntry => ({
  role,
  content,
  functionCalls: [],
});

describe('which history entries a person sent', () => {
  it('marks the first assistant entry with the text from where it was sent, not an earlier one alike', () => {
    const history = [
      entry('assistant', 'Gern geschehen!'),
      entry('user', 'Danke'),
      entry('assistant', 'Gern geschehen!'),
      entry('user', 'Und noch was'),
      entry('assistant', 'Gern geschehen!'),
    ];
    expect([...personEntryIndices(history, [{ text: 'Gern geschehen!', fromIndex: 1 }])]).toEqual([2]);
  });

  it('marks two identical replies as two entries, a customer line with that text never, and nothing not there yet', () => {
    const history = [entry('user', 'Okay'), entry('assistant', 'Okay'), entry('assistant', 'Okay')];
    const replies = [
      { text: 'Okay', fromIndex: 0 },
      { text: 'Okay', fromIndex: 0 },
      { text: 'Noch unterwegs', fromIndex: 3 },
    ];
    expect([...personEntryIndices(history, replies)]).toEqual([1, 2]);
  });
});
