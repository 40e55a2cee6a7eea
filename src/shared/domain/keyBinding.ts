import type { Profile } from './profile';

/**
 * Where a profile's key is sent: the built-in simulator, or the origin (scheme, host and port) of its base
 * URL. A key was given for one destination; main clears it when a profile changes its destination, and the
 * renderer warns before such a change is saved.
 */
export const keyDestination = (profile: Pick<Profile, 'kind' | 'baseUrl'>): string => {
  if (profile.kind === 'simulator') return 'simulator';
  try {
    return new URL(profile.baseUrl.trim()).origin;
  } catch {
    // Not a URL (yet, while a person types): as a destination it is itself, so any change counts as a move.
    return profile.baseUrl;
  }
};

export const movesKey = (
  before: Pick<Profile, 'kind' | 'baseUrl'>,
  after: Pick<Profile, 'kind' | 'baseUrl'>,
): boolean => keyDestination(before) !== keyDestination(after);
