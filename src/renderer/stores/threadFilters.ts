import type { ThreadType } from '../../shared/domain/famulor';
import type { ConversationFilters } from '../../shared/domain/famulor';
import { DEFAULT_CONVERSATIONS_PER_PAGE } from '../../shared/limits';

/** The filter form as typed: strings, so a half-typed assistant id stays in the field. */
export interface ThreadFilterValues {
  type: ThreadType | '';
  assistantId: string;
  customerPhone: string;
  whatsappSenderPhone: string;
  externalIdentifier: string;
  perPage: number;
}

export const THREAD_TYPES: readonly ThreadType[] = ['test', 'widget', 'whatsapp', 'api'];
export const PAGE_SIZES: readonly number[] = [10, 15, 25, 50, 100];

export const EMPTY_FILTERS: ThreadFilterValues = {
  type: '',
  assistantId: '',
  customerPhone: '',
  whatsappSenderPhone: '',
  externalIdentifier: '',
  perPage: DEFAULT_CONVERSATIONS_PER_PAGE,
};

export type FilterProblem = 'assistantIdNotInteger';

/** The `conversation:list` input for these filters, or the problem that keeps them from being sent. */
export const toListInput = (
  values: ThreadFilterValues,
  cursor: string | null,
): { ok: true; input: ConversationFilters } | { ok: false; problem: FilterProblem } => {
  const assistantText = values.assistantId.trim();
  if (assistantText !== '' && !/^[1-9]\d{0,9}$/.test(assistantText))
    return { ok: false, problem: 'assistantIdNotInteger' };
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const input: ConversationFilters = { perPage: values.perPage };
  if (values.type !== '') input.type = values.type;
  if (assistantText !== '') input.assistantId = Number(assistantText);
  const customerPhone = text(values.customerPhone);
  if (customerPhone) input.customerPhone = customerPhone;
  const senderPhone = text(values.whatsappSenderPhone);
  if (senderPhone) input.whatsappSenderPhone = senderPhone;
  const externalIdentifier = text(values.externalIdentifier);
  if (externalIdentifier) input.externalIdentifier = externalIdentifier;
  if (cursor) input.cursor = cursor;
  return { ok: true, input };
};

export const activeFilterCount = (values: ThreadFilterValues): number =>
  [
    values.type,
    values.assistantId,
    values.customerPhone,
    values.whatsappSenderPhone,
    values.externalIdentifier,
  ].filter((value) => value.trim() !== '').length;
