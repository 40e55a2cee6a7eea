import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE_LENGTH } from '../../../shared/limits';
import { characterCount } from '../../../shared/text';

interface ComposerProps {
  value: string;
  onChange(value: string): void;
  onSend(text: string): void;
  /** A message of this pane is in flight: one at a time per conversation. */
  busy: boolean;
  /** Where the message goes ("to this pane", "to all 2 panes"). */
  targetLabel: string;
  /** Why this pane cannot send now (its conversation is elsewhere); typing still works. */
  blockedLabel?: string;
}

/** Enter sends, Shift+Enter breaks the line; the counter stops a message Famulor would refuse before it is sent. */
export const Composer = ({ value, onChange, onSend, busy, targetLabel, blockedLabel }: ComposerProps) => {
  const { t } = useTranslation();
  const hintId = useId();
  const length = characterCount(value);
  const over = length - MAX_MESSAGE_LENGTH;
  const tooLong = over > 0;
  const canSend = !busy && !blockedLabel && !tooLong && value.trim() !== '';
  const send = () => {
    if (canSend) onSend(value);
  };
  return (
    <form
      className="composer"
      data-testid="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        className="composer__input"
        rows={2}
        value={value}
        aria-label={t('playground.composer.label')}
        aria-describedby={hintId}
        aria-invalid={tooLong || undefined}
        placeholder={t('playground.composer.placeholder')}
        data-testid="composer-input"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            send();
          }
        }}
      />
      <div className="composer__bar">
        <span id={hintId} className={tooLong ? 'composer__hint composer__hint--error' : 'composer__hint'}>
          {tooLong
            ? t('playground.composer.tooLong', { count: over, max: MAX_MESSAGE_LENGTH })
            : busy
              ? t('playground.composer.busy')
              : (blockedLabel ?? targetLabel)}
        </span>
        <span
          className={tooLong ? 'composer__counter composer__counter--over' : 'composer__counter'}
          data-testid="composer-counter"
        >
          {t('playground.composer.counter', { count: length, max: MAX_MESSAGE_LENGTH })}
        </span>
        <button
          type="submit"
          className="button button--primary"
          disabled={!canSend}
          data-testid="composer-send"
        >
          {t('playground.composer.send')}
        </button>
      </div>
    </form>
  );
};
