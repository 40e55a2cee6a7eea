import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunctionCall } from '../../../shared/domain/famulor';

/** A compact row of the calls an answer made; a chip opens its arguments and result as JSON. */
export const FunctionCallChips = ({ calls }: { calls: FunctionCall[] }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const selected = open === null ? undefined : calls[open];
  return (
    <div className="calls" aria-label={t('playground.transcript.functionCalls')}>
      <div className="calls__chips">
        {calls.map((call, index) => (
          <button
            key={`${call.name}-${index}`}
            type="button"
            className="chip"
            title={call.name}
            aria-expanded={open === index}
            data-testid="function-call-chip"
            onClick={() => setOpen(open === index ? null : index)}
          >
            <span aria-hidden>ƒ</span> {call.name}
          </button>
        ))}
      </div>
      {selected && (
        <div className="calls__detail" data-testid="function-call-detail">
          <span className="calls__label">{t('playground.transcript.arguments')}</span>
          <pre className="calls__json">{JSON.stringify(selected.arguments, null, 2)}</pre>
          <span className="calls__label">{t('playground.transcript.result')}</span>
          <pre className="calls__json">{JSON.stringify(selected.result, null, 2)}</pre>
        </div>
      )}
    </div>
  );
};
