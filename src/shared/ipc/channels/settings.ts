import { z } from 'zod';
import { MAX_TEXT_SCALE, MIN_TEXT_SCALE } from '../../domain/textScale';
import { ProfileIdSchema, ProfileInputSchema, ProfilePatchSchema, ProfileSchema } from '../../domain/profile';
import { AccountSchema } from '../../domain/famulor';
import { KeyKindSchema } from '../../domain/keyKind';
import { MAX_ID_LENGTH } from '../../limits';
import { channel } from '../channel';
import { SecretAvailabilitySchema, SecretBackendSchema, SecretStatusSchema } from '../../domain/secret';

export const PreferencesSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  language: z.enum(['system', 'en', 'de']),
  lastSessionId: z.string().max(MAX_ID_LENGTH).nullable(),
  view: z.string().max(MAX_ID_LENGTH),
  /** Whether a message goes to every pane (Ctrl/⌘+B); kept, as the view is, across restarts. */
  broadcast: z.boolean(),
  /** The interface's text size (textScale.ts), Ctrl/⌘ +, − and 0. */
  textScale: z.number().min(MIN_TEXT_SCALE).max(MAX_TEXT_SCALE),
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
