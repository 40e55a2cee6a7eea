import { z } from 'zod';
import { ProfileIdSchema, ProfileInputSchema, ProfilePatchSchema, ProfileSchema } from '../../domain/profile';
import { AccountSchema } from '../../domain/famulor';
import { KeyKindSchema } from '../../domain/keyKind';
import { MAX_ID_LENGTH } from '../../limits';
import { channel } from '../channel';

export const SecretBackendSchema = z.enum(['keychain', 'safeStorage', 'memory']);
export type SecretBackend = z.infer<typeof SecretBackendSchema>;

/** All the renderer ever learns about a key. */
export const SecretStatusSchema = z.object({
  hasKey: z.boolean(),
  lastFour: z.string().nullable(),
  backend: SecretBackendSchema.nullable(),
});
export type SecretStatus = z.infer<typeof SecretStatusSchema>;

/** What makes the keychain module loadable again when it was not built at install time, per OS. */
export const KeychainFixSchema = z.enum(['linuxLibsecret', 'macosReinstall', 'windowsReinstall']);
export type KeychainFix = z.infer<typeof KeychainFixSchema>;

/** Why Electron's safeStorage must not hold a key here; the renderer words each one. */
export const SafeStorageProblemSchema = z.enum([
  /** There is no Electron safeStorage outside the desktop app (browser mode). */
  'desktopOnly',
  'encryptionUnavailable',
  /** Linux's basic_text backend encrypts with a fixed password anyone can use. */
  'basicText',
  /** A Linux backend that is none of the real keyrings; `safeStorageBackend` names it. */
  'unknownBackend',
]);
export type SafeStorageProblem = z.infer<typeof SafeStorageProblemSchema>;

export const SecretAvailabilitySchema = z.object({
  keychain: z.enum(['available', 'unavailable']),
  reason: z.string().optional(),
  /** Set when the keychain module itself is missing; the renderer says what to install instead of `reason`. */
  keychainFix: KeychainFixSchema.optional(),
  safeStorage: z.enum(['available', 'unavailable']),
  safeStorageProblem: SafeStorageProblemSchema.optional(),
  safeStorageBackend: z.string().max(64).optional(),
});
export type SecretAvailability = z.infer<typeof SecretAvailabilitySchema>;

export const PreferencesSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  language: z.enum(['system', 'en', 'de']),
  lastSessionId: z.string().max(MAX_ID_LENGTH).nullable(),
  view: z.string().max(MAX_ID_LENGTH),
  /** Whether a message goes to every pane (Ctrl/⌘+B); kept, as the view is, across restarts. */
  broadcast: z.boolean(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

const ProfileListSchema = z.object({ profiles: z.array(ProfileSchema), activeId: ProfileIdSchema });

/** Connection profiles, their keys (kept in main) and the app's preferences. */
export const settingsChannels = {
  'profiles:list': channel(z.strictObject({}), ProfileListSchema),
  'profiles:create': channel(z.strictObject(ProfileInputSchema.shape), ProfileSchema),
  /**
   * A change of the base URL's origin (or of the kind) removes the profile's keys: `keyRemoved` says the API key
   * went, `automateKeyRemoved` the Automate key.
   */
  'profiles:update': channel(
    z.strictObject({ id: ProfileIdSchema, patch: z.strictObject(ProfilePatchSchema.shape) }),
    z.object({ profile: ProfileSchema, keyRemoved: z.boolean(), automateKeyRemoved: z.boolean() }),
  ),
  'profiles:delete': channel(z.strictObject({ id: ProfileIdSchema }), ProfileListSchema),
  'profiles:activate': channel(z.strictObject({ id: ProfileIdSchema }), ProfileListSchema),
  'profiles:test': channel(z.strictObject({ id: ProfileIdSchema }), AccountSchema),
  /** `kind` picks the profile's API key (the default) or its Automate key. */
  'secret:status': channel(
    z.strictObject({ profileId: ProfileIdSchema, kind: KeyKindSchema.optional() }),
    SecretStatusSchema,
  ),
  'secret:availability': channel(z.strictObject({}), SecretAvailabilitySchema),
  'secret:set': channel(
    z.strictObject({
      profileId: ProfileIdSchema,
      key: z.string().max(4096),
      backend: SecretBackendSchema.optional(),
      kind: KeyKindSchema.optional(),
    }),
    SecretStatusSchema,
  ),
  'secret:remove': channel(
    z.strictObject({ profileId: ProfileIdSchema, kind: KeyKindSchema.optional() }),
    SecretStatusSchema,
  ),
  'preferences:get': channel(z.strictObject({}), PreferencesSchema),
  'preferences:update': channel(PreferencesSchema.partial().strict(), PreferencesSchema),
};
