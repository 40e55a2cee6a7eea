import { OFFLINE_DEMO_PROFILE_ID } from '../../../shared/domain/profile';
import type { settingsChannels } from '../../../shared/ipc/channels/settings';
import { AppFailure } from '../../../shared/result';
import type { FamulorGateway } from '../../famulor/gateway';
import type { PreferencesStore } from '../../preferences/preferencesStore';
import type { ProfileStore } from '../../profiles/profileStore';
import { updateProfileKeepingKeyBound } from '../../profiles/updateProfile';
import type { SecretStore } from '../../secrets/secretStore';
import type { HandlerGroup } from '../handlerTypes';

export interface SettingsHandlerDeps {
  profiles: ProfileStore;
  secrets: SecretStore;
  preferences: PreferencesStore;
  famulor: FamulorGateway;
}

const refuseKeyForDemo = (profileId: string) => {
  if (profileId === OFFLINE_DEMO_PROFILE_ID) {
    throw new AppFailure({
      code: 'validation',
      reason: 'demo_profile_needs_no_key',
    });
  }
};

export const settingsHandlers = ({
  profiles,
  secrets,
  preferences,
  famulor,
}: SettingsHandlerDeps): HandlerGroup<keyof typeof settingsChannels> => {
  const listing = () => ({ profiles: profiles.list(), activeId: profiles.active().id });
  return {
    'profiles:list': async () => listing(),
    'profiles:create': async (input) => profiles.create(input),
    'profiles:update': async ({ id, patch }) =>
      updateProfileKeepingKeyBound({ profiles, secrets }, id, patch),
    'profiles:delete': async ({ id }) => {
      profiles.delete(id);
      // The keys belong to the profile; leaving one in the keychain would orphan a credential.
      await secrets.removeAll(id);
      return listing();
    },
    'profiles:activate': async ({ id }) => {
      profiles.setActive(id);
      return listing();
    },
    'profiles:test': async ({ id }, ctx) => (await famulor.forProfile(id)).getAccount({ signal: ctx.signal }),
    'secret:status': async ({ profileId, kind }) => secrets.status(profileId, kind),
    // The store answers in the contract's own type: passed on whole, so a field added to it reaches the renderer.
    'secret:availability': async () => secrets.availability({ refresh: true }),
    'secret:set': async ({ profileId, key, backend, kind }) => {
      refuseKeyForDemo(profileId);
      profiles.get(profileId);
      return secrets.set(profileId, key, { ...(backend ? { backend } : {}), ...(kind ? { kind } : {}) });
    },
    'secret:remove': async ({ profileId, kind }) => {
      refuseKeyForDemo(profileId);
      await secrets.remove(profileId, kind);
      return secrets.status(profileId, kind);
    },
    'preferences:get': async () => preferences.get(),
    'preferences:update': async (patch) => preferences.update(patch),
  };
};
