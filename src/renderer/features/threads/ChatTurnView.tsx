import { useTranslation } from 'react-i18next';
import { JsonTree } from '../../components/JsonTree';
import type { ChatTurn } from './customerChat';
import { describeError } from '../../lib/describeError';

interface ChatTurnViewProps {
  turn: ChatTurn;
  openConversationId: string | null;
  onOpenConversation(conversationId: string): void;
}

/** A sent message and what came back: the reply, a plain "AI is off" note, or the error with what to do. */
export const ChatTurnView = ({ turn, openConversationId, onOpenConversation }: ChatTurnViewProps) => {
  const { t } = useTranslation();
  const { reply, error } = turn;
  return (
    <li className="chat-turn" data-testid="chat-turn">
      <div className="chat-turn__sent">
        <span className="chat-turn__who">{turn.customerIdentifier}</span>
        <p>{turn.message}</p>
      </div>
      {error && (
        <div className="inline-error" role="alert" data-testid="chat-error">
          {describeError(t, error)}
          {error.code === 'rate_limited' && error.retryAfterMs !== undefined && (
            <> {t('threads.chat.retryIn', { seconds: Math.ceil(error.retryAfterMs / 1000) })}</>
          )}
        </div>
      )}
      {reply?.aiDisabled && (
        <p className="chat-turn__notice" data-testid="chat-ai-disabled">
          {t('threads.chat.aiDisabled')}
        </p>
      )}
      {reply && !reply.aiDisabled && (
        <div className="chat-turn__reply" data-testid="chat-reply">
          <p>{reply.reply ?? t('threads.chat.noText')}</p>
          {reply.functionCalls.map((call, index) => (
            <details key={index} className="chat-turn__call">
              <summary>
                {t('threads.reader.functionCall')} <code>{call.name}</code>
              </summary>
              <JsonTree
                value={{ arguments: call.arguments, result: call.result }}
                openLevels={2}
                className="call-json__frame"
              />
            </details>
          ))}
        </div>
      )}
      {reply && reply.conversationId !== openConversationId && (
        <button
          type="button"
          className="link-button"
          data-testid="chat-open-thread"
          onClick={() => onOpenConversation(reply.conversationId)}
        >
          {t('threads.chat.openThread')}
        </button>
      )}
    </li>
  );
};
