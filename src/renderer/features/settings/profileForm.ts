import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldIssueOf } from '../../../shared/fieldIssues';
import { describeRule } from '../../lib/describeError';
import {
  baseUrlProblem,
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

/** The schema's own messages are English; the form words each problem from its reason or rule instead. */
const describeFormIssue = (
  t: TFunction,
  field: ProfileField,
  values: ProfileFormValues,
  issue: z.core.$ZodIssue,
): string => {
  const baseUrl =
    field === 'baseUrl' && issue.code === 'custom' ? baseUrlProblem(values.baseUrl.trim()) : null;
  if (baseUrl) return t(`errors.reason.${baseUrl}`);
  if (field === 'generateReplyPath' && issue.code !== 'too_big') {
    return t('errors.reason.generate_reply_path_invalid');
  }
  return describeRule(t, fieldIssueOf(issue));
};

export type ProfileFormCheck =
  { ok: true; values: ProfileFormValues } | { ok: false; errors: ProfileFieldErrors };

/**
 * Checks the form against the profile schema and against the other profiles' names (main refuses a second
 * profile of the same name, whatever its case). Returns the trimmed values to send.
 */
export const checkProfileForm = (
  values: ProfileFormValues,
  others: readonly Profile[],
  t: TFunction,
): ProfileFormCheck => {
  const parsed = FieldsSchema.safeParse(values);
  const errors: ProfileFieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (isField(field)) errors[field] ??= describeFormIssue(t, field, values, issue);
    }
  }
  const name = values.name.trim().toLocaleLowerCase();
  if (!errors.name && others.some((profile) => profile.name.toLocaleLowerCase() === name)) {
    errors.name = t('settings.form.duplicateName', { name: values.name.trim() });
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: parsed.data };
};

/** Main's field errors (keyed `name` for a create, `patch.name` for an update) placed next to their fields. */
export const fieldErrorsOf = (error: AppError, t: TFunction): ProfileFieldErrors => {
  const errors: ProfileFieldErrors = {};
  for (const [path, issues] of Object.entries(error.fieldIssues ?? {})) {
    const field = path.replace(/^patch\./, '');
    if (isField(field) && issues[0]) errors[field] ??= describeRule(t, issues[0]);
  }
  return errors;
};
