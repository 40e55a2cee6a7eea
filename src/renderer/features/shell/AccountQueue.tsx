import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribe } from '../../lib/api';
import { useSecondsUntil } from '../../lib/useSecondsUntil';

interface Queue {
  queued: number;
  nextAt: number;
}

/**
 * Calls of the profile's account that wait behind Famulor's account-wide limit (100 a minute, 20 per 10 s):
 * main paces them instead of collecting 429s, and this says so, so a slow view is not mistaken for a hang.
 */
export const AccountQueue = ({
  profileId,
  clock = Date.now,
}: {
  profileId: string;
  clock?: () => number;
}) => {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<Queue | null>(null);
  useEffect(
    () =>
      subscribe('pacer:account', (payload) => {
        if (payload.profileId !== profileId) return;
        setQueue(payload.queued > 0 ? { queued: payload.queued, nextAt: clock() + payload.nextInMs } : null);
      }),
    [profileId, clock],
  );
  const seconds = useSecondsUntil(queue?.nextAt ?? null, clock);
  if (!queue) return null;
  return (
    <span
      className="statusbar__item statusbar__item--queue"
      data-testid="status-account-queue"
      role="status"
      title={t('status.accountQueue.title')}
    >
      {t('status.accountQueue.label', { count: queue.queued, seconds: seconds ?? 0 })}
    </span>
  );
};
