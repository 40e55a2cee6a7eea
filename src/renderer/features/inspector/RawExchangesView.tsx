import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { ExchangeRow } from './ExchangeRow';
import { paneLabels } from './paneLabel';
import { PaneSelect, useChosenPane } from './PaneSelect';
import { useExchanges } from './useExchanges';
import { describeError } from '../../lib/describeError';

export interface RawExchangesViewProps {
  panes: readonly Pane[];
  selectedPaneId: string | null;
}

/** Every HTTP exchange of one pane as the client recorded it (the Authorization header arrives redacted). */
export const RawExchangesView = ({ panes, selectedPaneId }: RawExchangesViewProps) => {
  const { t } = useTranslation();
  const labels = useMemo(() => paneLabels(panes, t), [panes, t]);
  const { pane, selectProps } = useChosenPane(panes, labels, selectedPaneId);
  const { exchanges, loading, error, reload } = useExchanges(pane?.id ?? null, pane?.transcript.length ?? 0);

  if (!pane) return <p className="inspector-empty">{t('inspector.noPanes')}</p>;
  return (
    <div className="raw-view" data-testid="raw-view">
      <div className="inspector-toolbar">
        <PaneSelect label={t('inspector.raw.pane')} testId="raw-pane" {...selectProps} />
        <button type="button" className="inspector-button" onClick={reload} data-testid="raw-reload">
          {t('inspector.raw.reload')}
        </button>
        {loading ? <span className="inspector-spinner" aria-label={t('inspector.loading')} /> : null}
      </div>
      {error ? (
        <p className="inspector-error" role="alert">
          {t('inspector.raw.failed', { message: describeError(t, error) })}
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
