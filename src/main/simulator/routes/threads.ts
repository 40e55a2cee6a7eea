import { ThreadTypeSchema } from '../../../shared/domain/famulor';
import { DEFAULT_CONVERSATIONS_PER_PAGE, MAX_PER_PAGE } from '../../../shared/limits';
import type { Conversation } from '../conversations';
import { json, type ApiResponse, type RequestContext } from '../http';
import { decodeCursor, newestFirst, paginateByCursor, type SortKey } from '../pagination';
import type { SimulatorState } from '../state';
import { LaravelValidator, laravelMessages } from '../validation';
import { conversationListItemView } from '../views';
import { CONVERSATION_NOT_FOUND } from './chat';

const sortKey = (conversation: Conversation): SortKey => ({
  createdAtMs: conversation.createdAt.getTime(),
  id: conversation.id,
});

type Filter = (conversation: Conversation) => boolean;

const exactFilter = (
  value: string | null,
  field: (conversation: Conversation) => string | null | undefined,
) => (value === null || value === '' ? null : (conversation: Conversation) => field(conversation) === value);

/** GET /user/conversations: filters, `per_page` 1–100 and opaque cursors in both directions. */
export const listConversations = (state: SimulatorState, context: RequestContext): ApiResponse => {
  const query = context.query;
  const validator = new LaravelValidator();
  const perPage = validator.queryInteger('per_page', query.get('per_page'), {
    min: 1,
    max: MAX_PER_PAGE,
    fallback: DEFAULT_CONVERSATIONS_PER_PAGE,
  });
  const type = query.get('type');
  if (type !== null && type !== '' && !ThreadTypeSchema.safeParse(type).success) {
    validator.fail('type', laravelMessages.selectedInvalid('type'));
  }
  const assistantId = query.get('assistant_id');
  if (assistantId !== null && assistantId !== '' && !/^\d+$/.test(assistantId)) {
    validator.fail('assistant_id', laravelMessages.integer('assistant_id'));
  }
  const cursorText = query.get('cursor');
  const cursor = cursorText === null || cursorText === '' ? null : decodeCursor(cursorText);
  if (cursorText && cursor === null) validator.fail('cursor', 'The cursor is invalid.');
  if (validator.failed || perPage === undefined) return validator.response();

  const filters = [
    exactFilter(type, (conversation) => conversation.type),
    exactFilter(assistantId, (conversation) => String(conversation.assistantId)),
    exactFilter(query.get('customer_phone'), (conversation) => conversation.customer?.phone),
    exactFilter(query.get('whatsapp_sender_phone'), (conversation) => conversation.whatsappSender?.phone),
    exactFilter(query.get('external_identifier'), (conversation) => conversation.externalIdentifier),
  ].filter((filter): filter is Filter => filter !== null);
  const matching = state.conversations
    .all()
    .filter((conversation) => filters.every((filter) => filter(conversation)))
    .sort((left, right) => newestFirst(sortKey(left), sortKey(right)));
  const page = paginateByCursor(matching, sortKey, perPage, cursor);
  return json(200, {
    data: page.items.map((conversation) =>
      conversationListItemView(conversation, state.assistants.byId(conversation.assistantId)),
    ),
    path: context.pathUrl,
    per_page: perPage,
    next_cursor: page.nextCursor,
    prev_cursor: page.prevCursor,
  });
};

/** POST /automate/conversations/{uuid}/disable-ai and /enable-ai: the human takeover switch. */
export const switchAi =
  (enabled: boolean) =>
  (state: SimulatorState, context: RequestContext): ApiResponse => {
    const conversation = state.conversations.get(context.params.uuid ?? '');
    if (!conversation) return json(404, { status: false, error: CONVERSATION_NOT_FOUND });
    conversation.aiEnabled = enabled;
    conversation.updatedAt = state.now();
    return json(200, { status: true, ai_enabled: enabled });
  };
