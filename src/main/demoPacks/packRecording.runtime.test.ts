import { afterEach, describe, expect, it } from 'vitest';
import { OFFLINE_DEMO_PROFILE_ID } from '../../shared/domain/profile';
import type { TranscriptEntry } from '../../shared/domain/session';
import { callChannel, dataOf } from '../testing/dispatchTestKit';
import { makePane } from '../testing/sessionTestKit';
import { activateRemoteProfile, createRuntimeKit } from '../testing/runtimeTestKit';
import { SOPHIE } from '../testing/simulatorTestKit';
import { containsKnownKey } from '../secrets/knownKeys';

// Recording a pack against the simulator standing in for a real account (to the client it is one): a customer
// thread, a playground session and a replay script played now become Sophie's recorded conversations — without
// the key, the phone numbers, the e-mail address or the value of the variable marked secret.
const kit = createRuntimeKit();
afterEach(() => kit.cleanUp());

const PHONE = '+49 176 12345678';
const EMAIL = 'anna.weber@example.de';
const ADDRESS = 'Lindenstraße 14, 10969 Berlin';

const entry = (id: string, role: TranscriptEntry['role'], content: string): TranscriptEntry => ({
  id,
  role,
  content,
  functionCalls: [],
  at: '2026-12-07T10:00:00.000Z',
  latencyMs: null,
});

describe('recording a demo pack', () => {
  it('keeps the chosen conversations as turns, leaves out keys and personal data, and the pack serves offline', async () => {
    const real = await kit.simulator({ seedHistory: false, accountRateLimit: false });
    const runtime = await kit.boot(kit.newDir());
    const { dispatcher } = runtime;
    // Recording from the simulator brings the built-in Sophie's uuid along: her shipped pack steps aside.
    dataOf(await callChannel(dispatcher, 'packs:setEnabled', { id: 'sophie', enabled: false }));
    await activateRemoteProfile(runtime, real);

    const { conversationId } = dataOf(
      await callChannel(dispatcher, 'conversation:create', { assistantUuid: SOPHIE.uuid, type: 'test' }),
    );
    const say = async (message: string, userMessagesBefore: number) =>
      dataOf(
        await callChannel(dispatcher, 'conversation:send', { conversationId, message, userMessagesBefore }),
      );
    const callback = await say(`Bitte zurückrufen unter ${PHONE}, meine Mail ist ${EMAIL}`, 0);
    expect(callback.functionCalls.length).toBeGreaterThan(0);
    expect((await say('Wo sind Sie?', 1)).message).toContain(ADDRESS);

    const session = dataOf(
      await callChannel(dispatcher, 'sessions:create', {
        name: 'Demo prep',
        panes: [
          makePane({
            title: 'Sophie',
            assistant: { id: SOPHIE.id, uuid: SOPHIE.uuid, name: 'Sophie' },
            variables: {},
            transcript: [
              entry('e1', 'assistant', 'Guten Tag, hier ist Sophie.'),
              entry('e2', 'user', `Wann haben Sie geöffnet? Mein Schlüssel ist ${real.apiKey}`),
              entry('e3', 'assistant', 'Wir sind Mo–Fr 08:00–17:00 für Sie da.'),
              entry('e4', 'user', 'Hallo?'),
              entry('e5', 'error', 'The connection dropped.'),
            ],
          }),
        ],
        replayScripts: [
          {
            id: 'script-1',
            name: 'Danke sagen',
            createdAt: '2026-12-07T10:00:00.000Z',
            source: 'Pane 1',
            assistant: { id: SOPHIE.id, uuid: SOPHIE.uuid, name: 'Sophie' },
            variables: {},
            messages: ['Vielen Dank!'],
          },
        ],
      }),
    );

    const summary = dataOf(
      await callChannel(dispatcher, 'packs:record', {
        id: 'weber-partner',
        name: 'Weber & Partner',
        description: 'Recorded for the demo',
        assistantUuids: [SOPHIE.uuid],
        sessions: [session.id],
        threads: [{ conversationId, assistantUuid: SOPHIE.uuid }],
        scripts: [{ sessionId: session.id, scriptId: 'script-1' }],
        redaction: { phones: true, emails: true, secretVariables: ['address'] },
        replace: false,
      }),
    );
    expect(summary).toMatchObject({
      id: 'weber-partner',
      origin: 'imported',
      assistants: [{ uuid: SOPHIE.uuid, name: 'Sophie', conversations: 3, turns: 4, scripted: false }],
    });

    const { text } = dataOf(await callChannel(dispatcher, 'packs:export', { id: 'weber-partner' }));
    expect(containsKnownKey(text, [real.apiKey])).toBe(false);
    expect(text).not.toContain('12345678');
    expect(text).not.toContain('+49 30 555 0100');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('Lindenstraße');
    const [sophie] = (
      JSON.parse(text) as {
        assistants: {
          variables: Record<string, unknown>;
          conversations: { title: string; turns: { user: string; reply: string }[] }[];
        }[];
      }
    ).assistants;
    expect(sophie?.variables.address).toBe('[redacted]');
    const turns = sophie?.conversations.flatMap((conversation) => conversation.turns) ?? [];
    expect(turns.map((turn) => turn.user)).toEqual([
      'Wann haben Sie geöffnet? Mein Schlüssel ist [redacted]',
      'Bitte zurückrufen unter [phone], meine Mail ist [email]',
      'Wo sind Sie?',
      'Vielen Dank!',
    ]);
    expect(turns[2]?.reply).toContain('{{address}}');
    expect(turns[3]?.reply).toContain('Weber & Partner');

    // The Offline demo serves the recording.
    dataOf(await callChannel(dispatcher, 'profiles:activate', { id: OFFLINE_DEMO_PROFILE_ID }));
    const offline = dataOf(
      await callChannel(dispatcher, 'conversation:create', { assistantUuid: SOPHIE.uuid, type: 'test' }),
    );
    const answer = dataOf(
      await callChannel(dispatcher, 'conversation:send', {
        conversationId: offline.conversationId,
        message: 'Wann sind Sie geöffnet?',
        userMessagesBefore: 0,
      }),
    );
    expect(answer.message).toBe('Wir sind Mo–Fr 08:00–17:00 für Sie da.');
  });

  it('refuses a recording in which a chosen assistant has no conversation', async () => {
    const real = await kit.simulator({ seedHistory: false, accountRateLimit: false });
    const runtime = await kit.boot(kit.newDir());
    await activateRemoteProfile(runtime, real);
    const refused = await callChannel(runtime.dispatcher, 'packs:record', {
      id: 'empty',
      name: 'Empty',
      description: '',
      assistantUuids: [SOPHIE.uuid],
      sessions: [],
      threads: [],
      scripts: [],
      redaction: { phones: false, emails: false, secretVariables: [] },
      replace: false,
    });
    expect(refused.ok ? null : refused.error).toMatchObject({
      reason: 'pack_nothing_recorded',
      params: { name: 'Sophie' },
    });
  });
});
