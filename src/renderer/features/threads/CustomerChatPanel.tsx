import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CUSTOMER_IDENTIFIER_LENGTH } from '../../../shared/limits';
import { call, nextRequestId } from '../../lib/api';
import { selectAssistants } from '../../stores/assistantsSlice';
import { useAppStore } from '../../stores/appStore';
import { checkCustomerIdentifier, suggestE164 } from './customerIdentifier';
import { checkDraft, type ChatDraft, type ChatTurn, type DraftProblem } from './customerChat';
import { ChatTurnView } from './ChatTurnView';
import { usePacerCountdown } from './usePacerCountdown';

interface CustomerChatPanelProps {
  initial: ChatDraft;
  /** The open thread: a reply that lands in it refreshes it and updates its AI state. */
  conversationId: string | null;
  onOpenConversation(conversationId: string): void;
}

interface PendingSend {
  id: number;
  requestId: string;
  controller: AbortController;
}

/** One message on its way: waiting for the reply, or held by the pacer with a countdown; it can be cancelled. */
const PendingSendRow = ({ item }: { item: PendingSend }) => {
  const { t } = useTranslation();
  const countdown = usePacerCountdown(item.requestId);
  return (
    <li className="customer-chat__status-row">
      <span className="customer-chat__status" role="status" data-testid="chat-status">
        <span className="spinner" aria-hidden />
        {countdown && countdown.secondsLeft > 0
          ? t('threads.chat.pacerWait', { seconds: countdown.secondsLeft, queued: countdown.queued })
          : t('threads.chat.sending')}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="chat-cancel"
        onClick={() => item.controller.abort()}
      >
        {t('threads.chat.cancel')}
      </button>
    </li>
  );
};

const problemOf = (problems: DraftProblem[], field: DraftProblem['field']) =>
  problems.find((problem) => problem.field === field) ?? null;

/** Talks to the assistant as a customer would over an API channel: `conversation:generateReply`. */
export const CustomerChatPanel = ({
  initial,
  conversationId,
  onOpenConversation,
}: CustomerChatPanelProps) => {
  const { t } = useTranslation();
  const assistants = useAppStore(selectAssistants);
  const refreshThread = useAppStore((state) => state.refreshOpenThread);
  const noteAiState = useAppStore((state) => state.noteThreadAiState);
  const [draft, setDraft] = useState<ChatDraft>(initial);
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  /** Messages on their way, oldest first: main's pacer queues them and names each by its request id. */
  const [pending, setPending] = useState<PendingSend[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const sendCounter = useRef(0);

  const checked = checkDraft(draft);
  const problems = checked.ok ? [] : checked.problems;
  const identifier = checkCustomerIdentifier(draft.customerIdentifier);
  const suggestion = identifier.problem === 'phoneNotE164' ? suggestE164(draft.customerIdentifier) : null;
  const variablesProblem = problems.find((problem) => problem.field === 'variables') ?? null;
  const visible = (field: DraftProblem['field']) => (showProblems ? problemOf(problems, field) : null);
  const choosable = assistants.list.filter((assistant) => assistant.id !== null);
  const update = (change: Partial<ChatDraft>) => setDraft((current) => ({ ...current, ...change }));

  /** The text comes back into an empty message field when its send did not go through. */
  const restore = (message: string) =>
    setDraft((current) => (current.message === '' ? { ...current, message } : current));

  // A further message can be written and sent while the pacer holds the earlier ones (it keeps their order).
  const send = async () => {
    setShowProblems(true);
    if (!checked.ok) return;
    sendCounter.current += 1;
    const id = sendCounter.current;
    const item: PendingSend = { id, requestId: nextRequestId(), controller: new AbortController() };
    setPending((current) => [...current, item]);
    update({ message: '' });
    setShowProblems(false);
    const result = await call(
      'conversation:generateReply',
      { ...checked.input, tag: 'threads-chat' },
      { signal: item.controller.signal, requestId: item.requestId },
    );
    setPending((current) => current.filter((each) => each.id !== id));
    if (!result.ok) restore(checked.input.message);
    if (!result.ok && result.error.code === 'cancelled') return;
    const turn: ChatTurn = {
      id,
      customerIdentifier: checked.input.customerIdentifier,
      message: checked.input.message,
      reply: result.ok ? result.data : null,
      error: result.ok ? null : result.error,
    };
    setTurns((current) => [...current, turn]);
    if (!result.ok) return;
    if (result.data.conversationId === conversationId) {
      noteAiState(conversationId, !result.data.aiDisabled);
      void refreshThread();
    }
  };

  return (
    <form
      className="customer-chat"
      data-testid="customer-chat"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <p className="customer-chat__intro">{t('threads.chat.intro')}</p>
      <label className="form-field">
        <span className="form-field__label">{t('threads.chat.assistant')}</span>
        {choosable.length > 0 ? (
          <select
            className="field"
            data-testid="chat-assistant"
            value={draft.assistantId}
            onChange={(event) => update({ assistantId: event.target.value })}
          >
            <option value="">{t('threads.chat.pickAssistant')}</option>
            {choosable.map((assistant) => (
              <option key={assistant.id} value={String(assistant.id)}>
                {assistant.name} · #{assistant.id}
              </option>
            ))}
          </select>
        ) : (
          <input
            className="field"
            inputMode="numeric"
            data-testid="chat-assistant"
            value={draft.assistantId}
            placeholder="101"
            onChange={(event) => update({ assistantId: event.target.value })}
          />
        )}
        {visible('assistantId') && (
          <span className="field-error">{t('threads.chat.problem.assistantId')}</span>
        )}
      </label>
      <label className="form-field">
        <span className="form-field__label">
          {t('threads.chat.identifier')}
          <span
            className={
              identifier.length > MAX_CUSTOMER_IDENTIFIER_LENGTH ? 'counter counter--over' : 'counter'
            }
            data-testid="chat-identifier-count"
          >
            {identifier.length}/{MAX_CUSTOMER_IDENTIFIER_LENGTH}
          </span>
        </span>
        <input
          className="field field--mono"
          data-testid="chat-identifier"
          value={draft.customerIdentifier}
          placeholder="+4915112345671"
          aria-invalid={identifier.problem !== null && identifier.problem !== 'empty'}
          onChange={(event) => update({ customerIdentifier: event.target.value })}
        />
        <span className="form-field__hint" data-testid="chat-identifier-kind">
          {t(`threads.chat.kind.${identifier.kind}`)}
        </span>
        {identifier.problem && identifier.problem !== 'empty' && (
          <span className="field-error" data-testid="chat-identifier-problem">
            {t(`threads.chat.problem.${identifier.problem}`, { max: MAX_CUSTOMER_IDENTIFIER_LENGTH })}
            {suggestion && (
              <button
                type="button"
                className="link-button"
                onClick={() => update({ customerIdentifier: suggestion })}
              >
                {t('threads.chat.useSuggestion', { suggestion })}
              </button>
            )}
          </span>
        )}
        {visible('customerIdentifier') && identifier.problem === 'empty' && (
          <span className="field-error">{t('threads.chat.problem.empty')}</span>
        )}
      </label>
      <label className="form-field">
        <span className="form-field__label">{t('threads.chat.variables')}</span>
        <textarea
          className="field field--mono"
          rows={2}
          data-testid="chat-variables"
          value={draft.variablesText}
          placeholder='{"customer_name": "Anna"}'
          onChange={(event) => update({ variablesText: event.target.value })}
        />
        {variablesProblem && draft.variablesText.trim() !== '' && (
          <span className="field-error" data-testid="chat-variables-problem">
            {t('threads.chat.problem.variables', {
              line: variablesProblem.line,
              column: variablesProblem.column,
            })}
          </span>
        )}
      </label>
      <label className="form-field">
        <span className="form-field__label">{t('threads.chat.message')}</span>
        <textarea
          className="field"
          rows={3}
          data-testid="chat-message"
          value={draft.message}
          onChange={(event) => update({ message: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              void send();
            }
          }}
        />
        {visible('message') && <span className="field-error">{t('threads.chat.problem.message')}</span>}
      </label>
      <div className="customer-chat__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="chat-send"
          title={t('threads.chat.sendHint')}
        >
          {t('threads.chat.send')}
        </button>
      </div>
      {pending.length > 0 && (
        <ul className="customer-chat__pending">
          {pending.map((item) => (
            <PendingSendRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      <ol className="customer-chat__turns" aria-live="polite">
        {turns.map((turn) => (
          <ChatTurnView
            key={turn.id}
            turn={turn}
            openConversationId={conversationId}
            onOpenConversation={onOpenConversation}
          />
        ))}
      </ol>
    </form>
  );
};
