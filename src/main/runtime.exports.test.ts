import { afterEach, describe, expect, it } from 'vitest';
import { exportSessionDocument } from '../shared/export/session';
import { callChannel as call, dataOf as data } from './testing/dispatchTestKit';
import { createRuntimeKit } from './testing/runtimeTestKit';

// Exports through the whole main side: no file leaves with a key the app stores, whatever form it is in.
const kit = createRuntimeKit();
const { boot, newDir } = kit;
afterEach(() => kit.cleanUp());

describe('main runtime: exports', () => {
  it('lets no single-session export out that holds a stored key, in any format or form', async () => {
    const { dispatcher } = await boot(newDir());
    const staging = data(
      await call(dispatcher, 'profiles:create', {
        name: 'Staging',
        kind: 'remote',
        baseUrl: 'https://staging.example.com/api',
        generateReplyPath: '/ai/generate-reply',
      }),
    );
    const key = 'fam_live_0123456789abcdefXYZ';
    data(await call(dispatcher, 'secret:set', { profileId: staging.id, key, backend: 'memory' }));
    const session = data(await call(dispatcher, 'sessions:create', { name: 'Leaky' }));
    const withMessage = (content: string) => ({
      ...session,
      panes: [
        {
          id: 'pane-1',
          title: 'Clara',
          assistant: { id: 7, uuid: null, name: 'Clara' },
          conversationType: 'test' as const,
          variables: {},
          conversationId: null,
          profileId: null,
          draft: '',
          costUsd: 0,
          transcript: [
            {
              id: 'm1',
              role: 'user' as const,
              content,
              functionCalls: [],
              at: session.createdAt,
              latencyMs: null,
            },
          ],
        },
      ],
    });
    const planted = [
      key,
      key.toUpperCase(),
      Buffer.from(key).toString('base64'),
      encodeURIComponent(`k=${key}`),
    ];
    for (const form of planted) {
      for (const format of ['markdown', 'html'] as const) {
        const file = exportSessionDocument(withMessage(`my key is ${form}`), format, new Date());
        const checked = await call(dispatcher, 'exports:check', { text: file.text });
        expect(checked.ok, `${format} with ${form}`).toBe(false);
        expect(checked.ok ? null : checked.error.errorCode).toBe('export_holds_key');
      }
    }
    const clean = exportSessionDocument(withMessage('no key here'), 'html', new Date());
    expect(data(await call(dispatcher, 'exports:check', { text: clean.text }))).toEqual({ clean: true });
  });

  it('refuses to export a session that carries one of the stored keys, and imports a clean export back', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const { dispatcher } = await boot(newDir());
    const profile = data(
      await call(dispatcher, 'profiles:create', {
        name: 'Prod',
        kind: 'remote',
        baseUrl: simulator.baseUrl,
        generateReplyPath: '/ai/generate-reply',
      }),
    );
    const key = 'live-key-0123456789abcdef';
    data(await call(dispatcher, 'secret:set', { profileId: profile.id, key, backend: 'memory' }));
    const leaky = data(await call(dispatcher, 'sessions:create', { name: 'Leaky', notes: `key is ${key}` }));
    const refused = await call(dispatcher, 'sessions:export', { redactSecrets: false });
    expect(refused.ok ? null : refused.error.reason).toBe('session_holds_key');

    data(await call(dispatcher, 'sessions:delete', { id: leaky.id }));
    data(await call(dispatcher, 'sessions:create', { name: 'Clean' }));
    const exported = data(await call(dispatcher, 'sessions:export', { redactSecrets: true }));
    expect(exported.count).toBe(1);
    expect(exported.json).not.toContain(key);
    // One session's file is named after it, as its Markdown and HTML exports are.
    expect(exported.fileName).toMatch(/^clean-\d{4}-\d{2}-\d{2}\.json$/);

    const again = data(await call(dispatcher, 'sessions:import', { json: exported.json }));
    expect(again.conflicts).toHaveLength(1);
    const broken = await call(dispatcher, 'sessions:import', { json: '{"format":' });
    expect(broken.ok ? null : broken.error.reason).toBe('import_not_json');
  });
});
