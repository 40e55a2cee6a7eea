import { useTranslation } from 'react-i18next';
import { addPaneAndFocus } from './addPaneAndFocus';
import { tooLargeSizes } from '../../lib/tooLarge';
import { useAppStore } from '../../stores/appStore';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { selectBroadcast, useUiStore } from '../../stores/uiStore';
import { InspectorToggleButton } from '../inspector';
import { isMacPlatform, shortcutKeys } from '../palette';
import { SessionExportMenu } from '../sessions';
import { describeError } from '../../lib/describeError';

const BROADCAST_KEYS = shortcutKeys({ key: 'b', mod: true }, isMacPlatform()).join('+');

/** The open session's name, its export menu, the broadcast switch and "Add pane". */
export const PlaygroundToolbar = ({ sessionName, paneCount }: { sessionName: string; paneCount: number }) => {
  const { t } = useTranslation();
  const saveError = useAppStore((state) => state.sessions.saveError);
  const saveState = useAppStore((state) => state.sessions.saveState);
  const tooLarge = saveError ? tooLargeSizes(saveError) : null;
  const broadcast = useUiStore(selectBroadcast);
  const toggleBroadcast = useUiStore((state) => state.toggleBroadcast);
  const full = paneCount >= MAX_PANES;
  return (
    <header className="playground__toolbar">
      <h1 className="playground__title" data-testid="session-title">
        {sessionName}
      </h1>
      {saveError ? (
        <span className="playground__save-error" role="alert" data-testid="save-state" data-state="failed">
          {tooLarge
            ? t('playground.saveTooLarge', tooLarge)
            : t('playground.saveFailed', { message: describeError(t, saveError) })}
        </span>
      ) : (
        <span className="playground__save-state" data-testid="save-state" data-state={saveState}>
          {t(`playground.saveState.${saveState}`)}
        </span>
      )}
      <span className="playground__spacer" />
      <SessionExportMenu />
      <label className="switch" title={t('playground.broadcastHint')}>
        <input
          type="checkbox"
          role="switch"
          checked={broadcast}
          data-testid="broadcast-toggle"
          onChange={toggleBroadcast}
        />
        <span>{t('playground.broadcast')}</span>
        <kbd>{BROADCAST_KEYS}</kbd>
      </label>
      <InspectorToggleButton />
      <button
        type="button"
        className="button"
        disabled={full}
        title={full ? t('playground.maxPanes', { max: MAX_PANES }) : undefined}
        data-testid="add-pane"
        onClick={() => addPaneAndFocus()}
      >
        + {t('playground.addPane')}
      </button>
    </header>
  );
};
