import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunctionCall } from '../../shared/domain/famulor';
import { JsonTree } from './JsonTree';
import './functionCallCard.css';

export interface CallOrigin {
  /** Where the call was made, e.g. "In reply" or "message #4". */
  label: string;
  /** What that message said, when there is room for it. */
  excerpt?: string;
  hint?: string;
  onShow(): void;
}

interface FunctionCallCardProps {
  call: FunctionCall;
  /** Small facts beside the name (the pane, the turn). */
  meta?: ReactNode;
  /** Buttons at the end of the header (copy, close). */
  actions?: ReactNode;
  origin: CallOrigin;
  testId?: string;
}

/**
 * One function call: its name, arguments and result, and a way back to the message that made it. The playground's
 * inspector and the thread reader both show calls with this card, so a call reads the same wherever it is.
 */
export const FunctionCallCard = ({
  call,
  meta,
  actions,
  origin,
  testId = 'call-card',
}: FunctionCallCardProps) => {
  const { t } = useTranslation();
  return (
    <article className="call-card" data-testid={testId} data-function={call.name}>
      <header className="call-card__header">
        <span className="call-card__icon" aria-hidden>
          ƒ
        </span>
        <h3 className="call-card__name" data-testid="call-name" title={call.name}>
          {call.name}
        </h3>
        {meta ? <span className="call-card__meta">{meta}</span> : null}
        {actions}
      </header>
      <div className="call-card__section">
        <h4>{t('functionCallCard.arguments')}</h4>
        <JsonTree value={call.arguments} openLevels={Infinity} testId="call-arguments" />
      </div>
      <div className="call-card__section">
        <h4>{t('functionCallCard.result')}</h4>
        <JsonTree value={call.result} openLevels={Infinity} testId="call-result" />
      </div>
      <button
        type="button"
        className="call-card__message"
        onClick={origin.onShow}
        data-testid="call-jump"
        title={origin.hint}
      >
        <span className="call-card__message-label" data-testid="call-origin">
          {origin.label}
        </span>
        {origin.excerpt !== undefined ? (
          <span className="call-card__message-text">
            {origin.excerpt || t('functionCallCard.emptyMessage')}
          </span>
        ) : null}
      </button>
    </article>
  );
};
