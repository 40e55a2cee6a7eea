import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { ExchangeRow } from './ExchangeRow';
import { paneLabels } from './paneLabel';
import { useExchanges } from './useExchanges';

export interface RawExchangesViewProps {
  panes: readonly Pane[];
  selectedPaneId: string | null;
}

/** Every HTTP exchange of one pane as the client recorded it (the Authorization header arrives redacted). */
export const RawExchangesView = ({ panes, selectedPaneId }: RawExchangesViewProps) => {
  const { t } = useTranslation();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const labels = useMemo(() => paneLabels(panes, t), [panes, t]);
  const pane =
    panes.find((item) => item.id === chosenId) ??
    panes.find((item) => item.id === selectedPaneId) ??
    panes[0] ??
    null;
  const { exchanges, loading, error, reload } = useExchanges(pane?.id ?? null, pane?.transcript.length ?? 0);

  if (!pane) return <p className="inspector-empty">{t('inspector.noPanes')}</p>;
  return (
    <div className="raw-view" data-testid="raw-view">
      <div className="inspector-toolbar">
        <label className="inspector-field">
          <span>{t('inspector.raw.pane')}</span>
          <select
            className="inspector-input"
            value={pane.id}
            onChange={(event) => setChosenId(event.target.value)}
            data-testid="raw-pane"
          >
            {panes.map((item) => (
              <option key={item.id} value={item.id}>
                {labels.get(item.id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="inspector-button" onClick={reload} data-testid="raw-reload">
          {t('inspector.raw.reload')}
        </button>
        {loading ? <span className="inspector-spinner" aria-label={t('inspector.loading')} /> : null}
      </div>
      {error ? (
        <p className="inspector-error" role="alert">
          {t('inspector.raw.failed', { message: error.message })}
        </p>
      ) : exchanges.length === 0 && !loading ? (
        <p className="inspector-empty" data-testid="raw-empty">
          {t('inspector.raw.empty')}
        </p>
      ) : (
        <ol className="exchange-list">
          {exchanges.map((exchange) => (
            <ExchangeRow key={exchange.id} exchange={exchange} />
          ))}
        </ol>
      )}
    </div>
  );
};
