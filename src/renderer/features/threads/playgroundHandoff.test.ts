import { describe, expect, it } from 'vitest';
import type { Assistant, HistoryEntry } from '../../../shared/domain/famulor';
import { MAX_MESSAGE_LENGTH } from '../../../shared/limits';
import { ReplayScriptSchema } from '../../../shared/domain/session';
import { playgroundHandoff, type HandoffInput } from './playgroundHandoff';
import { detail, history, summary } from '../../testing/threadsTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';
const CLARA_UUID = '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13';

const clara: Assistant = {
  id: 101,
  uuid: CLARA_UUID,
  name: 'Clara (current name)',
  variables: {},
  initialMessage: null,
  systemPrompt: null,
  language: null,
  timezone: null,
  status: null,
  raw: {},
};

const input = (change: Partial<HandoffInput> = {}): HandoffInput => ({
  conversationId: ID,
  title: 'Anna Schmidt',
  summary: summary(ID),
  detail: detail(history(6)),
  assistants: [clara],
  scriptId: 'script-1',
  now: new Date('2026-06-01T10:00:00.000Z'),
  ...change,
});

describe('playground handoff of a thread', () => {
  it('takes the assistant the list names by UUID, with its integer id from the account', () => {
    const handoff = playgroundHandoff(input());
    expect(handoff.assistant).toEqual({ id: 101, uuid: CLARA_UUID, name: 'Clara (current name)' });
    expect(handoff.assistantKnown).toBe(true);
  });

  it('keeps the UUID when the account list does not have the assistant', () => {
    const handoff = playgroundHandoff(input({ assistants: [] }));
    expect(handoff.assistant).toEqual({ id: null, uuid: CLARA_UUID, name: 'Clara' });
    expect(handoff.assistantKnown).toBe(true);
  });

  it('leaves the assistant to the person when the thread was opened by UUID', () => {
    const handoff = playgroundHandoff(input({ summary: null }));
    expect(handoff.assistant).toEqual({ id: null, uuid: null, name: '' });
    expect(handoff.assistantKnown).toBe(false);
  });

  it('passes the conversation’s variables, falling back to the list’s', () => {
    expect(playgroundHandoff(input()).variables).toEqual({ customer_name: 'Anna Schmidt' });
    const fromList = playgroundHandoff(
      input({
        detail: detail(history(2), { variables: null }),
        summary: summary(ID, { variables: { plan: 'gold' } }),
      }),
    );
    expect(fromList.variables).toEqual({ plan: 'gold' });
    expect(fromList.script?.variables).toEqual({ plan: 'gold' });
  });

  it('makes a replay script of the customer messages in order, which the replay panel accepts', () => {
    const { script } = playgroundHandoff(input());
    expect(script?.messages).toEqual([
      'Where is my parcel NW-0?',
      'Where is my parcel NW-2?',
      'Where is my parcel NW-4?',
    ]);
    expect(script?.name).toBe('Anna Schmidt · 0b8e2c4a');
    expect(script?.assistant.uuid).toBe(CLARA_UUID);
    expect(ReplayScriptSchema.safeParse(script).success).toBe(true);
  });

  it('leaves out blank and over-long customer messages and counts the long ones', () => {
    const entries: HistoryEntry[] = [
      { role: 'user', content: '   ', functionCalls: [] },
      { role: 'user', content: 'x'.repeat(MAX_MESSAGE_LENGTH + 1), functionCalls: [] },
      { role: 'user', content: 'Hello', functionCalls: [] },
    ];
    const handoff = playgroundHandoff(input({ detail: detail(entries) }));
    expect(handoff.script?.messages).toEqual(['Hello']);
    expect(handoff.skippedTooLong).toBe(1);
  });

  it('has no script for a thread without customer messages', () => {
    const entries: HistoryEntry[] = [{ role: 'assistant', content: 'Welcome!', functionCalls: [] }];
    expect(playgroundHandoff(input({ detail: detail(entries) })).script).toBeNull();
  });
});
