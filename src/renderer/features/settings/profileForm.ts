import {
  DEFAULT_BASE_URL,
  DEFAULT_GENERATE_REPLY_PATH,
  ProfileSchema,
  type Profile,
} from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/result';

export interface ProfileFormValues {
  name: string;
  baseUrl: string;
  generateReplyPath: string;
}
export type ProfileField = keyof ProfileFormValues;
export type ProfileFieldErrors = Partial<Record<ProfileField, string>>;

export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'baseUrl', 'generateReplyPath'];

export const newProfileValues = (): ProfileFormValues => ({
  name: '',
  baseUrl: DEFAULT_BASE_URL,
  generateReplyPath: DEFAULT_GENERATE_REPLY_PATH,
});

export const profileValues = (profile: Profile): ProfileFormValues => ({
  name: profile.name,
  baseUrl: profile.baseUrl,
  generateReplyPath: profile.generateReplyPath,
});

// The same schema main validates with, so a person sees the problem before anything is sent.
const FieldsSchema = ProfileSchema.pick({ name: true, baseUrl: true, generateReplyPath: true });

const isField = (key: string): key is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(key);

export type ProfileFormCheck =
  { ok: true; values: ProfileFormValues } | { ok: false; errors: ProfileFieldErrors };

/**
 * Checks the form against the profile schema and against the other profiles' names (main refuses a second
 * profile of the same name, whatever its case). Returns the trimmed values to send.
 */
export const checkProfileForm = (
  values: ProfileFormValues,
  others: readonly Profile[],
  duplicateMessage: (name: string) => string,
): ProfileFormCheck => {
  const parsed = FieldsSchema.safeParse(values);
  const errors: ProfileFieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (isField(field)) errors[field] ??= issue.message;
    }
  }
  const name = values.name.trim().toLocaleLowerCase();
  if (!errors.name && others.some((profile) => profile.name.toLocaleLowerCase() === name)) {
    errors.name = duplicateMessage(values.name.trim());
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: parsed.data };
};

/** Main's field errors (keyed `name` for a create, `patch.name` for an update) placed next to their fields. */
export const fieldErrorsOf = (error: AppError): ProfileFieldErrors => {
  const errors: ProfileFieldErrors = {};
  for (const [path, messages] of Object.entries(error.fieldErrors ?? {})) {
    const field = path.replace(/^patch\./, '');
    if (isField(field) && messages[0]) errors[field] ??= messages.join(' ');
  }
  return errors;
};
