import { useTranslation } from 'react-i18next';
import { formatUsd } from '../../../shared/money';
import { useAccountBalance } from './useAccountBalance';
import type { ConversationType } from '../../../shared/domain/famulor';
import { useAppStore } from '../../stores/appStore';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { selectPanes, type PaneWithoutDraft } from '../../stores/panesSlice';
import { selectPaneFocusNonce, useUiStore } from '../../stores/uiStore';
import { AssistantPicker } from './AssistantPicker';
import { DuplicateIcon } from './DuplicateIcon';
import { SaveAsTestButton } from '../testSuites';

const TYPES: ConversationType[] = ['test', 'widget'];

/** What a widget pane has cost, and what is left on the account before the next billed message. */
const BilledBadge = ({ costUsd }: { costUsd: number }) => {
  const { t, i18n } = useTranslation();
  const balance = useAccountBalance(costUsd);
  return (
    <span className="badge badge--billed" title={t('playground.pane.billedHint')} data-testid="pane-cost">
      {t('playground.pane.billed', { cost: formatUsd(costUsd, i18n.language) })}
      {balance !== null && (
        <span data-testid="pane-balance">
          {t('playground.pane.balance', { balance: formatUsd(balance, i18n.language) })}
        </span>
      )}
    </span>
  );
};

/** The pane's settings (assistant, type, variables) and its actions (duplicate, reset, close). */
export const PaneHeader = ({ pane, index }: { pane: PaneWithoutDraft; index: number }) => {
  const { t, i18n } = useTranslation();
  const paneName = pane.title || pane.assistant.name || t('playground.pane.label', { n: index + 1 });
  const configurePane = useAppStore((state) => state.configurePane);
  const focusNonce = useUiStore(selectPaneFocusNonce(pane.id));
  const duplicatePane = useAppStore((state) => state.duplicatePane);
  const resetPane = useAppStore((state) => state.resetPane);
  const closePane = useAppStore((state) => state.closePane);
  const full = useAppStore((state) => selectPanes(state).length >= MAX_PANES);
  const openVariableEditor = useUiStore((state) => state.openVariableEditor);
  const variableCount = Object.keys(pane.variables).length;
  return (
    <header className="pane__header">
      <div className="pane__row">
        <span className="pane__index">{index + 1}</span>
        <AssistantPicker
          value={pane.assistant}
          onPick={(assistant, defaults) => configurePane(pane.id, { assistant, variables: defaults })}
          focusNonce={focusNonce}
        />
        <span className="pane__spacer" />
        <button
          type="button"
          className="icon-button"
          title={t('playground.pane.duplicate')}
          aria-label={t('playground.pane.duplicate')}
          disabled={full}
          data-testid="pane-duplicate"
          onClick={() => duplicatePane(pane.id)}
        >
          <DuplicateIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          title={t('playground.pane.reset')}
          aria-label={t('playground.pane.reset')}
          data-testid="pane-reset"
          onClick={() => resetPane(pane.id)}
        >
          ↺
        </button>
        <button
          type="button"
          className="icon-button"
          title={t('playground.pane.close')}
          aria-label={t('playground.pane.close')}
          data-testid="pane-close"
          onClick={() => closePane(pane.id)}
        >
          ✕
        </button>
      </div>
      <div className="pane__row pane__row--meta">
        <div className="segmented" role="radiogroup" aria-label={t('playground.pane.type')}>
          {TYPES.map((type) => (
            <button
              key={type}
              type="button"
              role="radio"
              aria-checked={pane.conversationType === type}
              data-testid={`pane-type-${type}`}
              onClick={() =>
                pane.conversationType !== type && configurePane(pane.id, { conversationType: type })
              }
            >
              {t(`playground.pane.${type}`)}
            </button>
          ))}
        </div>
        {pane.conversationType === 'widget' ? (
          <BilledBadge costUsd={pane.costUsd} />
        ) : (
          <span className="badge">{t('playground.pane.free')}</span>
        )}
        <button
          type="button"
          className="button button--small"
          data-testid="pane-variables"
          onClick={() => openVariableEditor(pane.id)}
        >
          {variableCount > 0
            ? t('playground.pane.variablesCount', { count: variableCount })
            : t('playground.pane.variables')}
        </button>
        <SaveAsTestButton
          testId="pane-save-as-test"
          unavailable={
            pane.transcript.some((entry) => entry.role === 'user') ? null : t('testSuites.nothingToSave')
          }
          fileStem={paneName}
          origin={() =>
            t('testSuites.file.fromPane', {
              pane: paneName,
              date: new Date().toLocaleDateString(i18n.language),
            })
          }
          conversation={() => ({
            suiteName: paneName,
            caseName: `${pane.assistant.name} · ${t(`playground.pane.${pane.conversationType}`)}`,
            assistant: pane.assistant,
            type: pane.conversationType,
            variables: pane.variables,
            variableSetName: t('testSuites.variableSet'),
            entries: pane.transcript,
          })}
        />
        <span className="pane__spacer" />
        <span className="pane__conversation" data-testid="pane-conversation-id">
          {pane.conversationId
            ? t('playground.pane.conversation', { id: pane.conversationId.slice(0, 8) })
            : t('playground.pane.notStarted')}
        </span>
      </div>
    </header>
  );
};
