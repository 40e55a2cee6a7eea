import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import type { OpenThread } from '../../stores/threadsSlice';
import { ConfirmDialog } from './ConfirmDialog';
import { openInPlayground, planHandoff } from './openInPlayground';
import type { PlaygroundHandoff } from './playgroundHandoff';
import { describeError } from '../../lib/describeError';
import { type AppCommand, useRegisterCommands } from '../palette';

/** "Open in playground": says what will be created, then creates it and switches to the playground. */
export const OpenInPlaygroundButton = ({ thread, title }: { thread: OpenThread; title: string }) => {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<PlaygroundHandoff | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const confirm = async (handoff: PlaygroundHandoff) => {
    setBusy(true);
    const failure = await openInPlayground(handoff, {
      sessionName: t('threads.playground.sessionName', { title }),
      paneTitle: t('threads.playground.paneTitle', { id: thread.conversationId.slice(0, 8) }),
    });
    setBusy(false);
    setPlan(null);
    setError(failure);
  };

  const ask = useCallback(() => {
    setError(null);
    setPlan(planHandoff(thread, title));
  }, [thread, title]);
  const available = thread.detail !== null && !busy;
  const commands = useMemo<AppCommand[]>(
    () =>
      available
        ? [
            {
              id: 'thread.openInPlayground',
              group: 'threads',
              titleKey: 'palette.commands.threadOpenInPlayground',
              keywords: ['replay', 'script', 'playground'],
              run: ask,
            },
          ]
        : [],
    [available, ask],
  );
  useRegisterCommands(commands);

  return (
    <>
      <button
        type="button"
        className="button button--small"
        data-testid="thread-open-playground"
        disabled={thread.detail === null || busy}
        title={t('threads.playground.hint')}
        onClick={ask}
      >
        {t('threads.playground.button')}
      </button>
      {error && (
        <span className="inline-error" role="alert" data-testid="thread-open-playground-error">
          {t('threads.playground.failed', { message: describeError(t, error) })}
        </span>
      )}
      {plan && (
        <ConfirmDialog
          title={t('threads.playground.confirmTitle')}
          confirmLabel={t('threads.playground.confirmAction')}
          onConfirm={() => void confirm(plan)}
          onCancel={() => setPlan(null)}
        >
          <ul className="handoff-plan" data-testid="handoff-plan">
            <li data-testid="handoff-assistant">
              {plan.assistantKnown
                ? t('threads.playground.assistant', { name: plan.assistant.name || plan.assistant.uuid })
                : t('threads.playground.assistantUnknown')}
            </li>
            <li>{t('threads.playground.variables', { count: Object.keys(plan.variables).length })}</li>
            <li data-testid="handoff-script">
              {plan.script
                ? t('threads.playground.script', { count: plan.script.messages.length })
                : t('threads.playground.noScript')}
            </li>
            {plan.skippedTooLong > 0 && (
              <li>{t('threads.playground.skipped', { count: plan.skippedTooLong })}</li>
            )}
          </ul>
        </ConfirmDialog>
      )}
    </>
  );
};
