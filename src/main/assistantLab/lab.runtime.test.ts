import { afterEach, describe, expect, it } from 'vitest';
import type { AssistantDraft } from '../../shared/domain/assistantDraft';
import type { MainRuntime } from '../runtime';
import type { RunningSimulator } from '../simulator';
import { callChannel as call, dataOf as data } from '../testing/dispatchTestKit';
import { activateRemoteProfile, createRuntimeKit } from '../testing/runtimeTestKit';

// The prompt lab through main as the renderer reaches it, against a simulator that outlives a restart of the app
// (as Famulor does), so that a scratch copy left by a kill is still there at the next start.
const kit = createRuntimeKit();
afterEach(() => kit.cleanUp());

const CLARA_ID = 101;

/** The key lives in memory in these tests, so a restarted app is given it again, as a person would. */
const setKey = async (runtime: MainRuntime, profileId: string, simulator: RunningSimulator) =>
  data(await call(runtime.dispatcher, 'secret:set', { profileId, key: simulator.apiKey, backend: 'memory' }));

const start = async () => {
  const simulator = await kit.simulator({ seedHistory: false });
  const dir = kit.newDir('lab-');
  const runtime = await kit.boot(dir);
  const profile = await activateRemoteProfile(runtime, simulator);
  return { simulator, dir, runtime, profile };
};

const listedIds = async (runtime: MainRuntime) =>
  data(await call(runtime.dispatcher, 'assistants:list', { page: 1, perPage: 100 })).assistants.map(
    (assistant) => assistant.id,
  );

const edited = (draft: AssistantDraft): AssistantDraft => ({
  ...draft,
  initialMessage: 'Hi, Clara here (draft). What can I book for you?',
  systemPrompt: `${draft.systemPrompt}\nKeep answers short.`,
});

describe('the prompt lab', () => {
  it('opens an assistant as its original version, tries a draft on a scratch copy and deletes the copy again', async () => {
    const { runtime } = await start();
    const opened = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    expect(opened.versions.map((version) => version.kind)).toEqual(['original']);
    const draft = edited(opened.current);
    const saved = data(
      await call(runtime.dispatcher, 'lab:saveDraft', { assistantId: CLARA_ID, draft, note: 'shorter' }),
    );
    expect(saved).toMatchObject({ kind: 'draft', note: 'shorter' });

    const copy = data(await call(runtime.dispatcher, 'lab:try', { assistantId: CLARA_ID, draft }));
    expect(copy.name).toMatch(/^\[draft\] Clara · \d\d:\d\d$/);
    expect(await listedIds(runtime)).toContain(copy.assistantId);
    // The copy is switched on and greets as the draft says.
    const conversation = data(
      await call(runtime.dispatcher, 'conversation:create', { assistantUuid: copy.uuid ?? '', type: 'test' }),
    );
    expect(conversation.history[0]?.content).toBe('Hi, Clara here (draft). What can I book for you?');

    data(await call(runtime.dispatcher, 'lab:discard', { assistantId: copy.assistantId }));
    expect(await listedIds(runtime)).not.toContain(copy.assistantId);
    expect(data(await call(runtime.dispatcher, 'lab:leftovers', {}))).toEqual([]);
  });

  it('never deletes an assistant it did not make', async () => {
    const { runtime } = await start();
    const refused = await call(runtime.dispatcher, 'lab:discard', { assistantId: CLARA_ID });
    expect(refused.ok ? null : refused.error.reason).toBe('not_a_scratch_copy');
    expect(await listedIds(runtime)).toContain(CLARA_ID);
  });

  it('offers a copy left by a kill at the next start, and cleans it up', async () => {
    const { runtime, dir, profile, simulator } = await start();
    const { current } = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    const copy = data(
      await call(runtime.dispatcher, 'lab:try', { assistantId: CLARA_ID, draft: edited(current) }),
    );
    // No discard: the app went away with the comparison open.
    await kit.close(runtime);
    const again = await kit.boot(dir);
    await setKey(again, profile.id, simulator);
    const leftovers = data(await call(again.dispatcher, 'lab:leftovers', {}));
    expect(leftovers.map((left) => left.assistantId)).toEqual([copy.assistantId]);
    data(await call(again.dispatcher, 'lab:discard', { assistantId: copy.assistantId }));
    expect(await listedIds(again)).not.toContain(copy.assistantId);
    expect(data(await call(again.dispatcher, 'lab:leftovers', {}))).toEqual([]);
  });

  it('refuses an initial message Famulor would refuse, before making anything', async () => {
    const { runtime } = await start();
    const { current } = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    const before = await listedIds(runtime);
    const refused = await call(runtime.dispatcher, 'lab:try', {
      assistantId: CLARA_ID,
      draft: { ...current, initialMessage: 'x'.repeat(201) },
    });
    expect(refused.ok ? null : refused.error).toMatchObject({
      reason: 'initial_message_too_long',
      params: { max: 200 },
    });
    expect(await listedIds(runtime)).toEqual(before);
  });

  it('refuses a built-in tool without a field Famulor requires, before making or sending anything', async () => {
    const { runtime } = await start();
    const { current } = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    const before = await listedIds(runtime);
    const draft = {
      ...current,
      tools: [...current.tools, { type: 'call_transfer' as const, phone_number: ' ' }],
    };
    const refusals = [
      await call(runtime.dispatcher, 'lab:try', { assistantId: CLARA_ID, draft }),
      await call(runtime.dispatcher, 'lab:push', {
        assistantId: CLARA_ID,
        draft,
        note: '',
        overrideConflicts: false,
      }),
    ];
    for (const refused of refusals)
      expect(refused.ok ? null : refused.error).toMatchObject({
        reason: 'tool_field_missing',
        params: { type: 'call_transfer', field: 'phone_number' },
      });
    expect(await listedIds(runtime)).toEqual(before);
    const reopened = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    expect(reopened.current.tools).toEqual(current.tools);
  });

  it('pushes only the changed fields, keeps a change made meanwhile on Famulor, and stops at a conflict', async () => {
    const { runtime } = await start();
    const { current } = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    const draft = edited(current);
    // Meanwhile, someone changes the greeting and the prompt in Famulor's web app.
    const client = await runtime.services.famulor.active();
    await client.updateAssistant({
      assistantId: CLARA_ID,
      changes: { name: 'Clara (web)', systemPrompt: 'Changed on the web.' },
    });
    const plan = data(await call(runtime.dispatcher, 'lab:previewPush', { assistantId: CLARA_ID, draft }));
    expect(plan).toEqual({
      changes: { initialMessage: draft.initialMessage, systemPrompt: draft.systemPrompt },
      conflicts: ['systemPrompt'],
      keptRemote: ['name'],
    });
    const refused = await call(runtime.dispatcher, 'lab:push', {
      assistantId: CLARA_ID,
      draft,
      note: 'shorter',
      overrideConflicts: false,
    });
    expect(refused.ok ? null : refused.error).toMatchObject({
      reason: 'push_conflicts',
      params: { count: 1 },
    });

    const pushed = data(
      await call(runtime.dispatcher, 'lab:push', {
        assistantId: CLARA_ID,
        draft,
        note: 'shorter',
        overrideConflicts: true,
      }),
    );
    expect(pushed.version).toMatchObject({ kind: 'pushed', note: 'shorter' });
    expect(pushed.version.draft).toMatchObject({ name: 'Clara (web)', systemPrompt: draft.systemPrompt });
    const reopened = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    expect(reopened.current).toMatchObject({
      name: 'Clara (web)',
      initialMessage: draft.initialMessage,
      systemPrompt: draft.systemPrompt,
    });
    expect(reopened.versions.map((version) => version.kind)).toEqual(['original', 'pushed']);
    // The pushed state is the new base and the editor's new draft: nothing left to send.
    const next = pushed.version.draft;
    expect(
      data(await call(runtime.dispatcher, 'lab:previewPush', { assistantId: CLARA_ID, draft: next })).changes,
    ).toEqual({});
  });

  it('lists the models and languages of the account', async () => {
    const { runtime } = await start();
    const models = data(await call(runtime.dispatcher, 'lab:models', { type: 'llm' }));
    expect(models.map((model) => model.name)).toEqual(['GPT-4o-mini', 'GPT-4.1-mini']);
    const languages = data(await call(runtime.dispatcher, 'lab:languages', {}));
    expect(languages).toContainEqual({ id: 5, name: 'German', code: 'de' });
  });

  it('tries and applies another language: the copy is made in it, and the push sends language_id', async () => {
    const { runtime } = await start();
    const { current } = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    expect(current.languageId).toBe(1);
    const draft = { ...current, languageId: 5 };
    const copy = data(await call(runtime.dispatcher, 'lab:try', { assistantId: CLARA_ID, draft }));
    const listedLanguage = async (assistantId: number) =>
      data(await call(runtime.dispatcher, 'assistants:list', { page: 1, perPage: 100 })).assistants.find(
        (assistant) => assistant.id === assistantId,
      )?.language;
    expect(await listedLanguage(copy.assistantId)).toBe('de');
    data(await call(runtime.dispatcher, 'lab:discard', { assistantId: copy.assistantId }));

    const plan = data(await call(runtime.dispatcher, 'lab:previewPush', { assistantId: CLARA_ID, draft }));
    expect(plan.changes).toEqual({ languageId: 5 });
    data(
      await call(runtime.dispatcher, 'lab:push', {
        assistantId: CLARA_ID,
        draft,
        note: '',
        overrideConflicts: false,
      }),
    );
    expect(await listedLanguage(CLARA_ID)).toBe('de');
  });
});
