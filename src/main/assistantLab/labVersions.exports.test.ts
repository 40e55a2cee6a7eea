import { afterEach, describe, expect, it } from 'vitest';
import type { SessionExport } from '../../shared/domain/session';
import type { MainRuntime } from '../runtime';
import type { RunningSimulator } from '../simulator';
import { callChannel as call, dataOf as data } from '../testing/dispatchTestKit';
import { activateRemoteProfile, createRuntimeKit } from '../testing/runtimeTestKit';
import { makePane } from '../testing/sessionTestKit';

// The prompt lab's versions travel with the sessions' export and import (`sessions:export` / `sessions:import`), as
// the Settings backup and a session's JSON export use them.
const kit = createRuntimeKit();
afterEach(() => kit.cleanUp());

const CLARA_ID = 101;
const MAX_ID = 102;

const boot = async (simulator: RunningSimulator) => {
  const runtime = await kit.boot(kit.newDir('lab-versions-'));
  await activateRemoteProfile(runtime, simulator);
  return runtime;
};

/** Opens the assistant in the lab and saves one draft with a note and a secret-looking variable default. */
const saveDraft = async (runtime: MainRuntime, assistantId: number, note: string) => {
  const opened = data(await call(runtime.dispatcher, 'lab:open', { assistantId }));
  const draft = {
    ...opened.current,
    systemPrompt: `${opened.current.systemPrompt}\n${note}`,
    variables: { ...opened.current.variables, crm_api_token: 'tok-9d8c7b6a5f4e' },
    tools: [
      {
        type: 'calendar_integration' as const,
        calcom_api_key: 'cal_live_5e4d3c2b1a',
        calcom_event_slug: 'checkup',
      },
    ],
  };
  return data(await call(runtime.dispatcher, 'lab:saveDraft', { assistantId, draft, note }));
};

const sessionOn = async (runtime: MainRuntime, assistantId: number, name: string) =>
  data(
    await call(runtime.dispatcher, 'sessions:create', {
      name,
      panes: [makePane({ assistant: { id: assistantId, uuid: null, name } })],
    }),
  );

const exported = async (runtime: MainRuntime, ids: string[] | undefined, redactSecrets = false) => {
  const file = data(
    await call(runtime.dispatcher, 'sessions:export', { ...(ids ? { ids } : {}), redactSecrets }),
  );
  return { json: file.json, parsed: JSON.parse(file.json) as SessionExport };
};

const notesOf = (parsed: SessionExport) =>
  (parsed.assistantVersions ?? []).map((version) => `${version.assistantId} ${version.kind} ${version.note}`);

describe('prompt-lab versions in session exports', () => {
  it("carries the versions of a session's assistants, and a backup carries all of them", async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const runtime = await boot(simulator);
    await saveDraft(runtime, CLARA_ID, 'shorter');
    await saveDraft(runtime, MAX_ID, 'friendlier');
    const clara = await sessionOn(runtime, CLARA_ID, 'Clara');
    await sessionOn(runtime, MAX_ID, 'Max');

    expect(notesOf((await exported(runtime, [clara.id])).parsed)).toEqual([
      '101 original ',
      '101 draft shorter',
    ]);
    expect(notesOf((await exported(runtime, undefined)).parsed)).toEqual([
      '101 original ',
      '101 draft shorter',
      '102 original ',
      '102 draft friendlier',
    ]);
  });

  it('redacts secret-looking variable defaults and tool fields of the versions when asked', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const runtime = await boot(simulator);
    await saveDraft(runtime, CLARA_ID, 'shorter');
    const clara = await sessionOn(runtime, CLARA_ID, 'Clara');
    expect((await exported(runtime, [clara.id])).json).toContain('tok-9d8c7b6a5f4e');
    expect((await exported(runtime, [clara.id])).json).toContain('cal_live_5e4d3c2b1a');
    const redacted = await exported(runtime, [clara.id], true);
    expect(redacted.json).not.toContain('tok-9d8c7b6a5f4e');
    expect(redacted.json).not.toContain('cal_live_5e4d3c2b1a');
    const { draft } = redacted.parsed.assistantVersions?.[1] ?? {};
    expect(draft?.variables.crm_api_token).toBe('[redacted]');
    expect(draft?.tools).toEqual([
      { type: 'calendar_integration', calcom_api_key: '[redacted]', calcom_event_slug: 'checkup' },
    ]);
  });

  it('refuses to export a version into which a stored key was pasted', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const runtime = await boot(simulator);
    const opened = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    const draft = { ...opened.current, systemPrompt: `Use the key ${simulator.apiKey} for the CRM.` };
    data(await call(runtime.dispatcher, 'lab:saveDraft', { assistantId: CLARA_ID, draft, note: '' }));
    const clara = await sessionOn(runtime, CLARA_ID, 'Clara');
    const refused = await call(runtime.dispatcher, 'sessions:export', {
      ids: [clara.id],
      redactSecrets: true,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { reason: 'session_holds_key', params: { name: 'Clara' } },
    });
  });

  it('an import on another install keeps the versions under its active profile, once', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const first = await boot(simulator);
    await saveDraft(first, CLARA_ID, 'shorter');
    const clara = await sessionOn(first, CLARA_ID, 'Clara');
    const { json } = await exported(first, [clara.id]);

    const second = await boot(simulator);
    const report = data(await call(second.dispatcher, 'sessions:import', { json }));
    expect(report).toMatchObject({ imported: [clara.id], assistantVersions: 2 });
    const opened = data(await call(second.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    expect(opened.versions.map((version) => `${version.kind} ${version.note}`)).toEqual([
      'original ',
      'draft shorter',
    ]);
    const again = data(await call(second.dispatcher, 'sessions:import', { json, onConflict: 'skip' }));
    expect(again).toMatchObject({ skipped: [clara.id], assistantVersions: 0 });
  });

  it('an import refused for its conflicts keeps no versions either', async () => {
    const simulator = await kit.simulator({ seedHistory: false });
    const runtime = await boot(simulator);
    await saveDraft(runtime, CLARA_ID, 'shorter');
    const clara = await sessionOn(runtime, CLARA_ID, 'Clara');
    const { parsed } = await exported(runtime, [clara.id]);
    const elsewhere = {
      ...parsed,
      assistantVersions: parsed.assistantVersions?.map((version) => ({ ...version, id: `${version.id}-x` })),
    };
    const report = data(
      await call(runtime.dispatcher, 'sessions:import', { json: JSON.stringify(elsewhere) }),
    );
    expect(report).toMatchObject({ imported: [], conflicts: [{ id: clara.id }], assistantVersions: 0 });
    const opened = data(await call(runtime.dispatcher, 'lab:open', { assistantId: CLARA_ID }));
    expect(opened.versions).toHaveLength(2);
  });
});
