import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { usePresentationStore } from '../presentation';
import { ReplayPanel } from '../replay';
import { CallDiffView } from './CallDiffView';
import { FunctionCallInspector } from './FunctionCallInspector';
import { selectInspectorTab, useInspectorStore, type InspectorTab } from './inspectorStore';
import { RawExchangesView } from './RawExchangesView';
import './inspector.css';
import { TabList, tabPanelProps, useTabIds } from '../../components/TabList';

const TABS: readonly InspectorTab[] = ['calls', 'compare', 'http', 'replay'];
const PRESENTED_TABS: readonly InspectorTab[] = ['calls'];

export interface InspectorPanelProps {
  panes: readonly Pane[];
  selectedPaneId: string | null;
  onJumpToEntry(paneId: string, entryId: string): void;
  onClose(): void;
}

/** The playground's right-hand panel: function calls, their diff, raw HTTP, and replay. */
export const InspectorPanel = ({ panes, selectedPaneId, onJumpToEntry, onClose }: InspectorPanelProps) => {
  const { t } = useTranslation();
  // Presenting, the inspector shows the function calls as cards, and none of the HTTP or the diff tooling.
  const presenting = usePresentationStore((state) => state.presenting);
  const chosen = useInspectorStore(selectInspectorTab);
  const tab = presenting ? 'calls' : chosen;
  const show = useInspectorStore((state) => state.show);
  const tabIds = useTabIds();
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector" data-tab={tab}>
      <header className="inspector__header">
        <h2 className="visually-hidden">{t('inspector.title')}</h2>
        <TabList
          className="inspector__tabs"
          tabClassName="inspector__tab"
          label={t('inspector.tabsLabel')}
          ids={tabIds}
          selected={tab}
          onSelect={show}
          tabs={(presenting ? PRESENTED_TABS : TABS).map((name) => ({
            id: name,
            label: t(`inspector.tabs.${name}`),
            testId: `inspector-tab-${name}`,
          }))}
        />
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
      <div {...tabPanelProps(tabIds, tab)} className="inspector__body">
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
