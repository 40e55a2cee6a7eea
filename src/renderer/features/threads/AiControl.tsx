import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectOpenThread } from '../../stores/threadsSlice';
import { useAppStore } from '../../stores/appStore';
import { selectSetView, useUiStore } from '../../stores/uiStore';
import { ConfirmDialog } from './ConfirmDialog';
import { describeError } from '../../lib/describeError';
import { type AppCommand, useRegisterCommands } from '../palette';

type Pending = 'takeOver' | 'handBack' | null;

/** The AI state, always on screen, with the takeover switch behind a confirmation. */
export const AiControl = () => {
  const { t } = useTranslation();
  const thread = useAppStore(selectOpenThread);
  const switchAi = useAppStore((state) => state.switchThreadAi);
  const setView = useUiStore(selectSetView);
  const [pending, setPending] = useState<Pending>(null);
  const aiEnabledNow = thread?.aiEnabled;
  const switching = thread?.aiSwitch.pending ?? true;
  // The palette asks through the same confirmation as the buttons, and offers what the buttons offer.
  const commands = useMemo<AppCommand[]>(() => {
    if (aiEnabledNow === undefined || switching) return [];
    const list: AppCommand[] = [];
    if (aiEnabledNow !== false)
      list.push({
        id: 'thread.takeOver',
        group: 'threads',
        titleKey: 'palette.commands.threadTakeOver',
        keywords: ['takeover', 'übernehmen', 'ai', 'ki'],
        run: () => setPending('takeOver'),
      });
    if (aiEnabledNow !== true)
      list.push({
        id: 'thread.handBack',
        group: 'threads',
        titleKey: 'palette.commands.threadHandBack',
        keywords: ['hand back', 'zurückgeben', 'ai', 'ki'],
        run: () => setPending('handBack'),
      });
    return list;
  }, [aiEnabledNow, switching]);
  useRegisterCommands(commands);
  if (!thread) return null;
  const { aiEnabled, aiSwitch } = thread;
  const state = aiEnabled === null ? 'unknown' : aiEnabled ? 'on' : 'off';

  const confirm = async () => {
    const enable = pending === 'handBack';
    setPending(null);
    await switchAi(enable);
  };

  return (
    <div className="ai-control">
      <span
        className={`ai-badge ai-badge--${state}`}
        data-testid="thread-ai-state"
        data-state={state}
        title={t(`threads.ai.hint.${state}`)}
      >
        <span aria-hidden className="ai-badge__dot" />
        {t(`threads.ai.state.${state}`)}
      </span>
      {aiEnabled !== false && (
        <button
          type="button"
          className="button button--small"
          data-testid="thread-takeover"
          disabled={aiSwitch.pending}
          onClick={() => setPending('takeOver')}
        >
          {t('threads.ai.takeOver')}
        </button>
      )}
      {aiEnabled !== true && (
        <button
          type="button"
          className="button button--small"
          data-testid="thread-handback"
          disabled={aiSwitch.pending}
          onClick={() => setPending('handBack')}
        >
          {t('threads.ai.handBack')}
        </button>
      )}
      {aiSwitch.pending && <span className="spinner" role="status" aria-label={t('threads.ai.switching')} />}
      {aiSwitch.error?.keyKind ? (
        // A 401 names the key Famulor refused (main says which), so the person knows which one to add or fix.
        <span
          className="inline-error"
          role="alert"
          data-testid="thread-ai-error"
          data-key-kind={aiSwitch.error.keyKind}
        >
          {t(`threads.ai.unauthorized.${aiSwitch.error.keyKind}`)}{' '}
          <button
            type="button"
            className="button button--small"
            data-testid="thread-ai-open-settings"
            onClick={() => setView('settings')}
          >
            {t('threads.ai.openSettings')}
          </button>
        </span>
      ) : aiSwitch.error ? (
        <span className="inline-error" role="alert" data-testid="thread-ai-error">
          {t('threads.ai.failed', { message: describeError(t, aiSwitch.error) })}
        </span>
      ) : null}
      {pending && (
        <ConfirmDialog
          title={t(`threads.ai.confirm.${pending}.title`)}
          confirmLabel={t(`threads.ai.confirm.${pending}.action`)}
          tone={pending === 'takeOver' ? 'danger' : 'default'}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          <p>{t(`threads.ai.confirm.${pending}.body`)}</p>
        </ConfirmDialog>
      )}
    </div>
  );
};
