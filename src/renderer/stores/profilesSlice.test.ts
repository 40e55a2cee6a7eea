import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_DEMO_PROFILE } from '../../shared/domain/profile';
import type { Result } from '../../shared/result';
import { callsTo, installFakeSettingsMain, resetProfiles, STAGING } from '../testing/settingsTestKit';
import { useAppStore } from './appStore';
import { removeFakeMain } from '../testing/fakeMainTestKit';

const NO_ASSISTANTS = { assistants: [], currentPage: 1, lastPage: 1, perPage: 100, total: 0 };
const KEY_STATUS = { hasKey: true, lastFour: 'abcd', backend: 'memory' } as const;

describe('the profiles slice', () => {
  beforeEach(() => {
    resetProfiles();
    useAppStore.setState({ assistants: { list: [], status: 'idle', error: null } });
  });
  afterEach(removeFakeMain);

  it('deleting the profile in use falls back to the Offline demo and reloads its assistants', async () => {
    const main = installFakeSettingsMain({
      activeId: STAGING.id,
      keys: { [STAGING.id]: KEY_STATUS },
      answer: async (channel): Promise<Result<unknown> | null> => {
        if (channel === 'profiles:delete') {
          main.profiles = [OFFLINE_DEMO_PROFILE];
          main.activeId = OFFLINE_DEMO_PROFILE.id;
          return { ok: true, data: { profiles: main.profiles, activeId: main.activeId } };
        }
        if (channel === 'profiles:test')
          return { ok: false, error: { code: 'network', reason: 'unreachable' } };
        if (channel === 'assistants:list') return { ok: true, data: NO_ASSISTANTS };
        return null;
      },
    });
    await useAppStore.getState().loadProfiles();
    expect(useAppStore.getState().profiles.connections[STAGING.id]).toMatchObject({ state: 'failed' });

    expect(await useAppStore.getState().deleteProfile(STAGING.id)).toBeNull();
    const { profiles } = useAppStore.getState();
    expect(profiles.activeId).toBe(OFFLINE_DEMO_PROFILE.id);
    expect(profiles.list.map((profile) => profile.id)).toEqual([OFFLINE_DEMO_PROFILE.id]);
    expect(profiles.keys[STAGING.id]).toBeUndefined();
    expect(profiles.connections[STAGING.id]).toBeUndefined();
    expect(callsTo(main, 'assistants:list')).toHaveLength(1);
  });

  it('deleting another profile leaves the assistants alone', async () => {
    const main = installFakeSettingsMain({
      answer: async (channel) =>
        channel === 'profiles:delete'
          ? { ok: true, data: { profiles: [OFFLINE_DEMO_PROFILE], activeId: OFFLINE_DEMO_PROFILE.id } }
          : null,
    });
    await useAppStore.getState().loadProfiles();
    expect(await useAppStore.getState().deleteProfile(STAGING.id)).toBeNull();
    expect(callsTo(main, 'assistants:list')).toEqual([]);
  });

  it('a refused switch keeps the profile in use and says why', async () => {
    const main = installFakeSettingsMain({
      answer: async (channel) =>
        channel === 'profiles:activate'
          ? { ok: false, error: { code: 'not_found', reason: 'profile_gone' } }
          : null,
    });
    await useAppStore.getState().loadProfiles();
    const error = await useAppStore.getState().activateProfile(STAGING.id);
    expect(error?.reason).toBe('profile_gone');
    expect(useAppStore.getState().profiles.activeId).toBe(OFFLINE_DEMO_PROFILE.id);
    expect(callsTo(main, 'assistants:list')).toEqual([]);
  });

  it('editing the profile in use reloads its data and checks its connection again', async () => {
    const main = installFakeSettingsMain({
      activeId: STAGING.id,
      keys: { [STAGING.id]: KEY_STATUS },
      answer: async (channel): Promise<Result<unknown> | null> => {
        if (channel === 'profiles:update')
          return {
            ok: true,
            data: {
              profile: { ...STAGING, baseUrl: 'https://staging.example/api' },
              keyRemoved: false,
              automateKeyRemoved: false,
            },
          };
        if (channel === 'profiles:test')
          return { ok: true, data: { name: 'Jane', email: 'jane@example.com', totalBalance: 3 } };
        if (channel === 'assistants:list') return { ok: true, data: NO_ASSISTANTS };
        return null;
      },
    });
    await useAppStore.getState().loadProfiles();
    const testsBefore = callsTo(main, 'profiles:test').length;
    const result = await useAppStore
      .getState()
      .updateProfile(STAGING.id, { baseUrl: 'https://staging.example/api' });
    expect(result.ok).toBe(true);
    expect(callsTo(main, 'assistants:list')).toHaveLength(1);
    expect(callsTo(main, 'profiles:test')).toHaveLength(testsBefore + 1);
    expect(useAppStore.getState().profiles.connections[STAGING.id]).toMatchObject({ state: 'connected' });
  });
});
