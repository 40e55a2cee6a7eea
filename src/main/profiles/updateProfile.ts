import type { ProfilePatch, Profile } from '../../shared/domain/profile';
import { movesKey } from '../../shared/domain/keyBinding';
import type { SecretStore } from '../secrets/secretStore';
import type { ProfileStore } from './profileStore';

export interface ProfileUpdate {
  profile: Profile;
  /** The profile had an API key and changed its destination, so the key is gone. */
  keyRemoved: boolean;
  /** The same for its Automate key, which is bound to the host by the same rule. */
  automateKeyRemoved: boolean;
}

/**
 * Updates a profile with its key bound to its host: a key was given for one destination (see keyBinding.ts),
 * so a change of destination removes it before the change is saved. Nothing the renderer sends can move a key
 * to another host; a person who means to use it there enters it again.
 */
export const updateProfileKeepingKeyBound = async (
  deps: { profiles: ProfileStore; secrets: SecretStore },
  id: string,
  patch: ProfilePatch,
): Promise<ProfileUpdate> => {
  const before = deps.profiles.get(id);
  const after = deps.profiles.preview(id, patch);
  if (!movesKey(before, after)) {
    return { profile: deps.profiles.update(id, patch), keyRemoved: false, automateKeyRemoved: false };
  }
  const [api, automate] = await Promise.all([deps.secrets.status(id), deps.secrets.status(id, 'automate')]);
  // Removed first: if the keychain refuses, the profile keeps its old host and the keys stay where they were.
  await deps.secrets.removeAll(id);
  return {
    profile: deps.profiles.update(id, patch),
    keyRemoved: api.hasKey,
    automateKeyRemoved: automate.hasKey,
  };
};
