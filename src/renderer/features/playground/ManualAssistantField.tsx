import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneAssistant } from '../../../shared/domain/session';
import type { AppError } from '../../../shared/result';
import { describeError } from '../../lib/describeError';

interface ManualAssistantFieldProps {
  /** Why the list is not available, when it failed. */
  error: AppError | null;
  onRetry(): void;
  onUse(assistant: PaneAssistant): void;
}

/** A number is taken as the integer id, anything else as the UUID (the one create-conversation needs). */
export const assistantFromText = (text: string): PaneAssistant | null => {
  const value = text.trim();
  if (value === '') return null;
  return /^\d+$/.test(value)
    ? { id: Number(value), uuid: null, name: `#${value}` }
    : { id: null, uuid: value, name: value };
};

export const ManualAssistantField = ({ error, onRetry, onUse }: ManualAssistantFieldProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const assistant = assistantFromText(text);
  return (
    <form
      className="picker__manual"
      onSubmit={(event) => {
        event.preventDefault();
        if (assistant) onUse(assistant);
      }}
    >
      {error && (
        <p className="picker__error" role="alert">
          {t('playground.picker.failed', { message: describeError(t, error) })}{' '}
          <button type="button" className="picker__link" onClick={onRetry}>
            {t('playground.picker.retry')}
          </button>
        </p>
      )}
      <label className="picker__label">
        {t('playground.picker.manual')}
        <input
          className="picker__search mono"
          value={text}
          autoFocus
          data-testid="assistant-manual"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p className="picker__note">{t('playground.picker.manualHint')}</p>
      <button type="submit" className="button button--primary" disabled={!assistant}>
        {t('playground.picker.use')}
      </button>
    </form>
  );
};
