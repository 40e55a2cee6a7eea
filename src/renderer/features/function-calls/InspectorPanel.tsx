import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { ReplayPanel } from '../replay/ReplayPanel';
import { CallDiffView } from './CallDiffView';
import { FunctionCallInspector } from './FunctionCallInspector';
import { selectInspectorTab, useInspectorStore, type InspectorTab } from './inspectorStore';
import { RawExchangesView } from './RawExchangesView';
import './inspector.css';

const TABS: readonly InspectorTab[] = ['calls', 'compare', 'http', 'replay'];

export interface InspectorPanelProps {
  panes: readonly Pane[];
  selectedPaneId: string | null;
  onJumpToEntry(paneId: string, entryId: string): void;
  onClose(): void;
}

/** The playground's right-hand panel: function calls, their diff, raw HTTP, and replay. */
export const InspectorPanel = ({ panes, selectedPaneId, onJumpToEntry, onClose }: InspectorPanelProps) => {
  const { t } = useTranslation();
  const tab = useInspectorStore(selectInspectorTab);
  const show = useInspectorStore((state) => state.show);
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector" data-tab={tab}>
      <header className="inspector__header">
        <div className="inspector__tabs" role="tablist" aria-label={t('inspector.title')}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`inspector-tab-${name}`}
              aria-selected={tab === name}
              aria-controls="inspector-tabpanel"
              className="inspector__tab"
              onClick={() => show(name)}
              data-testid={`inspector-tab-${name}`}
            >
              {t(`inspector.tabs.${name}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="inspector-button inspector-button--ghost"
          aria-label={t('inspector.close')}
          onClick={onClose}
          data-testid="inspector-close"
        >
          ×
        </button>
      </header>
      <div
        id="inspector-tabpanel"
        role="tabpanel"
        aria-labelledby={`inspector-tab-${tab}`}
        className="inspector__body"
      >
        {tab === 'calls' ? (
          <FunctionCallInspector
            panes={panes}
            selectedPaneId={selectedPaneId}
            onJumpToEntry={onJumpToEntry}
          />
        ) : tab === 'compare' ? (
          <CallDiffView panes={panes} />
        ) : tab === 'http' ? (
          <RawExchangesView panes={panes} selectedPaneId={selectedPaneId} />
        ) : (
          <ReplayPanel panes={panes} selectedPaneId={selectedPaneId} />
        )}
      </div>
    </aside>
  );
};
