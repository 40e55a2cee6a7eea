import type { Subscribe } from '../../bridges/buildApi';
import { OFFLINE_DEMO_PROFILE, type Profile } from '../../shared/domain/profile';
import type { SecretAvailability, SecretStatus } from '../../shared/domain/secret';
import type { Result } from '../../shared/result';
import { useAppStore } from '../stores/appStore';
import { NO_PROFILES_YET } from '../stores/profilesSlice';
import { installFakeMain } from './fakeMainTestKit';

/** Test support: a main process that knows profiles and key statuses (never keys), answering like the real one. */
export interface FakeSettingsMain {
  calls: { channel: string; input: unknown; requestId: string | undefined }[];
  profiles: Profile[];
  activeId: string;
  keys: Record<string, SecretStatus>;
  /** The Automate keys' statuses (`kind: 'automate'` on the secret channels). */
  automateKeys: Record<string, SecretStatus>;
  availability: SecretAvailability;
  /** Channels answered by the test itself (a failure, a slow answer); the rest fall through to the defaults. */
  answer: (channel: string, input: unknown) => Promise<Result<unknown> | null> | null;
}

export const STAGING: Profile = {
  id: 'staging',
  name: 'Staging',
  baseUrl: 'http://127.0.0.1:4010/api',
  generateReplyPath: '/user/ai/generate-reply',
  kind: 'remote',
};

const KEYCHAIN_UP: SecretAvailability = { keychain: 'available', safeStorage: 'unavailable' };
const NO_KEY: SecretStatus = { hasKey: false, lastFour: null, backend: null };

const ok = (data: unknown): Result<unknown> => ({ ok: true, data });

export const installFakeSettingsMain = (
  setup: Partial<FakeSettingsMain> = {},
  events?: { subscribe: Subscribe },
): FakeSettingsMain => {
  const main: FakeSettingsMain = {
    calls: [],
    profiles: [OFFLINE_DEMO_PROFILE, STAGING],
    activeId: OFFLINE_DEMO_PROFILE.id,
    keys: {},
    automateKeys: {},
    availability: KEYCHAIN_UP,
    answer: () => null,
    ...setup,
  };
  const listing = () => ok({ profiles: main.profiles, activeId: main.activeId });
  const defaults = (channel: string, input: Record<string, unknown>): Result<unknown> => {
    const keys = input.kind === 'automate' ? main.automateKeys : main.keys;
    switch (channel) {
      case 'profiles:list':
        return listing();
      case 'profiles:create': {
        const profile = { id: `id-${main.profiles.length}`, kind: 'remote', ...input } as Profile;
        main.profiles = [...main.profiles, profile];
        return ok(profile);
      }
      case 'secret:status':
        return ok(keys[String(input.profileId)] ?? NO_KEY);
      case 'secret:availability':
        return ok(main.availability);
      case 'secret:set': {
        const key = String(input.key);
        const status: SecretStatus = {
          hasKey: true,
          lastFour: key.slice(-4),
          backend: (input.backend as SecretStatus['backend']) ?? 'keychain',
        };
        keys[String(input.profileId)] = status;
        return ok(status);
      }
      case 'secret:remove':
        keys[String(input.profileId)] = NO_KEY;
        return ok(NO_KEY);
      case 'app:cancel':
        return ok({ cancelled: true });
      default:
        return { ok: false, error: { code: 'internal', reason: 'unexpected' } };
    }
  };
  installFakeMain(async (channel, input, requestId) => {
    main.calls.push({ channel, input, requestId });
    return (await main.answer(channel, input)) ?? defaults(channel, (input ?? {}) as Record<string, unknown>);
  }, events);
  return main;
};

export const callsTo = (main: FakeSettingsMain, channel: string) =>
  main.calls.filter((call) => call.channel === channel).map((call) => call.input);

/** Puts the profiles slice back to its first state between tests. */
export const resetProfiles = () => useAppStore.setState({ profiles: NO_PROFILES_YET });
