import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callChannel as call, dataOf as data } from './testing/dispatchTestKit';
import { createRuntimeKit } from './testing/runtimeTestKit';
import { keychainFixFor, keytarLoader } from './secrets/keychain';
import { DEMO_API_KEY, DEMO_AUTOMATE_KEY } from './simulator';

// The whole main side as the renderer meets it: real stores on disk, the dispatcher, and a simulator standing
// in for a remote Famulor. The keychain is absent, as in a container without a Secret Service.
const kit = createRuntimeKit();
const { boot, newDir } = kit;
afterEach(() => kit.cleanUp());

describe('main runtime', () => {
  it('opens on the Offline demo profile and answers Famulor channels from the built-in simulator', async () => {
    const { dispatcher } = await boot(newDir());
    const profiles = data(await call(dispatcher, 'profiles:list', {}));
    expect(profiles.activeId).toBe('offline-demo');
    const assistants = data(await call(dispatcher, 'assistants:list', {}));
    expect(assistants.assistants.map((assistant) => assistant.id)).toEqual([101, 102, 103]);
  });

  it('tells the renderer which fix makes a keychain module that npm could not build loadable', async () => {
    const missingPackage: string = 'famulor-no-such-keytar-package';
    const { dispatcher } = await boot(
      newDir(),
      keytarLoader(() => import(/* @vite-ignore */ missingPackage)),
    );
    const availability = data(await call(dispatcher, 'secret:availability', {}));
    expect(availability).toMatchObject({
      keychain: 'unavailable',
      keychainFix: keychainFixFor(process.platform),
    });
  });

  it('tests a remote profile with a key kept for this run, and forgets the key with the profile', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const { dispatcher } = await boot(newDir());
    const staging = data(
      await call(dispatcher, 'profiles:create', {
        name: 'Staging',
        kind: 'remote',
        baseUrl: simulator.baseUrl,
        generateReplyPath: '/ai/generate-reply',
      }),
    );
    const availability = data(await call(dispatcher, 'secret:availability', {}));
    expect(availability.keychain).toBe('unavailable');
    expect(availability.reason).toMatch(/org\.freedesktop\.secrets/);

    const wrong = await call(dispatcher, 'secret:set', {
      profileId: staging.id,
      key: 'wrong-key-123456',
      backend: 'memory',
    });
    expect(data(wrong)).toEqual({ hasKey: true, lastFour: '3456', backend: 'memory' });
    const refused = await call(dispatcher, 'profiles:test', { id: staging.id });
    expect(refused.ok ? null : refused.error.code).toBe('unauthorized');

    data(
      await call(dispatcher, 'secret:set', { profileId: staging.id, key: DEMO_API_KEY, backend: 'memory' }),
    );
    const account = data(await call(dispatcher, 'profiles:test', { id: staging.id }));
    expect(account.email).toContain('@');

    data(await call(dispatcher, 'profiles:delete', { id: staging.id }));
    const after = await call(dispatcher, 'secret:status', { profileId: staging.id });
    expect(data(after)).toEqual({ hasKey: false, lastFour: null, backend: null });
  });

  it('takes over on the Offline demo out of the box: its takeover carries the simulator’s Automate key', async () => {
    const { dispatcher } = await boot(newDir());
    const [thread] = data(await call(dispatcher, 'conversation:list', { perPage: 1 })).conversations;
    if (!thread) throw new Error('the demo has no seeded thread');
    expect(data(await call(dispatcher, 'conversation:disableAi', { conversationId: thread.id }))).toEqual({
      aiEnabled: false,
    });
  });

  it('keeps a profile’s Automate key apart, uses it for takeover, checks exports for it and forgets it with the profile', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const { dispatcher } = await boot(newDir());
    const staging = data(
      await call(dispatcher, 'profiles:create', {
        name: 'Staging',
        kind: 'remote',
        baseUrl: simulator.baseUrl,
      }),
    );
    data(await call(dispatcher, 'profiles:activate', { id: staging.id }));
    data(
      await call(dispatcher, 'secret:set', { profileId: staging.id, key: DEMO_API_KEY, backend: 'memory' }),
    );
    const [assistant] = data(await call(dispatcher, 'assistants:list', {})).assistants;
    const { conversationId } = data(
      await call(dispatcher, 'conversation:create', { assistantUuid: assistant?.uuid ?? '', type: 'test' }),
    );
    const refused = await call(dispatcher, 'conversation:disableAi', { conversationId });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'unauthorized',
      status: 401,
      keyKind: 'api',
    });

    const automate = { profileId: staging.id, kind: 'automate' } as const;
    expect(
      data(await call(dispatcher, 'secret:set', { ...automate, key: DEMO_AUTOMATE_KEY, backend: 'memory' })),
    ).toEqual({ hasKey: true, lastFour: DEMO_AUTOMATE_KEY.slice(-4), backend: 'memory' });
    expect(data(await call(dispatcher, 'secret:status', { profileId: staging.id }))).toMatchObject({
      lastFour: DEMO_API_KEY.slice(-4),
    });
    expect(data(await call(dispatcher, 'conversation:disableAi', { conversationId }))).toEqual({
      aiEnabled: false,
    });
    const leaky = await call(dispatcher, 'exports:check', { text: `note: ${DEMO_AUTOMATE_KEY}` });
    expect(leaky.ok ? null : leaky.error.errorCode).toBe('export_holds_key');

    data(await call(dispatcher, 'profiles:delete', { id: staging.id }));
    expect(data(await call(dispatcher, 'secret:status', automate))).toEqual({
      hasKey: false,
      lastFour: null,
      backend: null,
    });
  });

  it('refuses a key for the Offline demo profile', async () => {
    const { dispatcher } = await boot(newDir());
    const result = await call(dispatcher, 'secret:set', {
      profileId: 'offline-demo',
      key: 'abcdefgh12345678',
      backend: 'memory',
    });
    expect(result.ok ? null : result.error.reason).toBe('demo_profile_needs_no_key');
  });

  it('brings preferences, profiles and sessions back after a restart', async () => {
    const dir = newDir();
    const first = await boot(dir);
    data(await call(first.dispatcher, 'preferences:update', { theme: 'dark', view: 'threads' }));
    const created = data(await call(first.dispatcher, 'sessions:create', { name: 'Berlin check' }));
    await kit.close(first);

    const second = await boot(dir);
    const preferences = data(await call(second.dispatcher, 'preferences:get', {}));
    expect(preferences).toMatchObject({ theme: 'dark', view: 'threads', language: 'system' });
    const loaded = data(await call(second.dispatcher, 'sessions:load', {}));
    expect(loaded.sessions.map((session) => session.id)).toContain(created.id);
  });

  it('moves an unreadable settings file aside and reports it once with the sessions', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'settings.json'), '{"profiles": [', { mode: 0o600 });
    const { dispatcher } = await boot(dir);
    const loaded = data(await call(dispatcher, 'sessions:load', {}));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.movedTo).toMatch(/settings\.corrupt-.*\.json$/);
    expect(readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
    data(await call(dispatcher, 'preferences:update', { language: 'de' }));
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      preferences: { language: 'de' },
    });
  });

  it('reports a quarantined file at every start until the person dismisses the report', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'settings.json'), '[]', { mode: 0o600 });
    const restart = async () => {
      const runtime = await boot(dir);
      const loaded = data(await call(runtime.dispatcher, 'sessions:load', {}));
      return { runtime, problems: loaded.problems };
    };
    const first = await restart();
    expect(first.problems).toEqual([expect.objectContaining({ subject: 'settings', code: 'notAnObject' })]);
    await kit.close(first.runtime);

    const second = await restart();
    expect(second.problems).toEqual(first.problems);
    const ids = second.problems.map((problem) => problem.id);
    const left = data(await call(second.runtime.dispatcher, 'sessions:dismissProblems', { ids }));
    expect(left.problems).toEqual([]);
    await kit.close(second.runtime);

    expect((await restart()).problems).toEqual([]);
  });
});
