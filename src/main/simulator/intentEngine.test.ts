import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistantRegistry, loadPackFiles, type SimulatedAssistant } from './assistants';
import { newDialogue, runTurn, type DialogueState } from './intentEngine';
import { findResourcesDir } from './resources';

const packsDir = join(findResourcesDir(), 'packs');
let sophie: SimulatedAssistant;
let clara: SimulatedAssistant;

beforeAll(async () => {
  const registry = createAssistantRegistry(await loadPackFiles(packsDir));
  sophie = registry.byId(103) as SimulatedAssistant;
  clara = registry.byId(101) as SimulatedAssistant;
});

const system = {
  customer_phone: '',
  assistant_phone: '',
  assistant_id: '103',
  assistant_name: 'Sophie',
  current_date: '2026-06-15',
  current_time: '14:30',
};
const turn = (assistant: SimulatedAssistant, message: string, state: DialogueState = newDialogue()) =>
  runTurn({
    rules: assistant.rules,
    state,
    message,
    variables: null,
    defaults: assistant.profile.variables,
    system,
  });

describe('runTurn', () => {
  it('answers in the language whose keywords matched', () => {
    expect(turn(sophie, 'Wann haben Sie geöffnet?')).toMatchObject({
      intent: 'opening_hours',
      reply: 'Wir sind Mo–Fr 08:00–17:00 für Sie da. Heute ist der 2026-06-15, es ist gerade 14:30 Uhr.',
      state: { language: 'de' },
    });
    expect(turn(sophie, 'What are your opening hours?').reply).toBe(
      "We're open Mo–Fr 08:00–17:00. Today is 2026-06-15 and it's 14:30 here in Berlin.",
    );
  });

  it('prefers the language with more evidence, then the conversation language, and falls back in it', () => {
    const german: DialogueState = { ...newDialogue(), language: 'de' };
    expect(turn(sophie, 'Could you call me back on +44 7700 900123?', german).state.language).toBe('en');
    expect(turn(sophie, '+44 7700 900123', { ...newDialogue(), language: 'en' }).state.language).toBe('en');
    expect(turn(sophie, 'Blabla', german)).toMatchObject({
      intent: null,
      reply: expect.stringMatching(/^Entschuldigung/),
    });
  });

  it('remembers slots across turns, honours requires and clears slots after a booking', () => {
    const first = turn(clara, 'Anything free on 15.06.2026?');
    expect(first).toMatchObject({
      intent: 'check_availability',
      state: { slots: { date: '2026-06-15', service: 'consultation' } },
    });
    const second = turn(clara, '9:00, my name is Jonas Becker', first.state);
    expect(second.intent).toBe('book_appointment');
    expect(second.functionCalls[0]?.arguments).toMatchObject({
      name: 'Jonas Becker',
      slot: '2026-06-15T9:00',
    });
    expect(second.state.slots).toEqual({ service: 'consultation', customer_name: 'Jonas Becker' });
  });

  it('sends a caller who wants to cancel to the front desk, even when the message names a booking or a date', () => {
    for (const message of [
      'Please cancel my booking BK-1001',
      'I need to cancel my appointment on 2026-12-10',
    ]) {
      const answer = turn(clara, message);
      expect(answer, message).toMatchObject({ intent: 'cancel', functionCalls: [] });
      expect(answer.reply, message).toContain('front desk');
    }
  });

  it('matches keywords only at the start of a word', () => {
    expect(turn(clara, 'this is ok').intent).toBeNull();
    expect(turn(clara, 'hi').intent).toBe('greeting');
  });
});

describe('loadPackFiles', () => {
  it('names the file and the problem when a pack does not validate, and refuses two assistants with one uuid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'packs-'));
    try {
      const valid = JSON.parse(await readFile(join(packsDir, 'max.json'), 'utf8')) as {
        assistants: Record<string, unknown>[];
      };
      const max = valid.assistants[0] as Record<string, unknown>;
      await writeFile(
        join(dir, 'broken.json'),
        JSON.stringify({ ...valid, assistants: [{ ...max, uuid: 'not-a-uuid', intents: [] }] }),
      );
      await expect(loadPackFiles(dir)).rejects.toThrow(
        /broken\.json[\s\S]*recorded conversations or intents[\s\S]*uuid/,
      );
      await writeFile(join(dir, 'broken.json'), JSON.stringify({ ...valid, version: 2 }));
      await expect(loadPackFiles(dir)).rejects.toThrow(/broken\.json[\s\S]*newer version/);
      await writeFile(join(dir, 'broken.json'), JSON.stringify(valid));
      await writeFile(join(dir, 'copy.json'), JSON.stringify({ ...valid, id: 'copy' }));
      const packs = await loadPackFiles(dir);
      expect(() => createAssistantRegistry(packs)).toThrow(/share the uuid/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
