import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { describeError } from '../../lib/describeError';

const UNDO_WINDOW_MS = 10_000;

/** Offers to bring a deleted session back for a few seconds (sessions:restore). */
export const UndoToast = () => {
  const { t } = useTranslation();
  const deleted = useAppStore((state) => state.sessions.lastDeleted);
  const undoDelete = useAppStore((state) => state.undoDelete);
  const dismissDeleted = useAppStore((state) => state.dismissDeleted);
  const [failure, setFailure] = useState<AppError | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(dismissDeleted, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted, dismissDeleted]);

  if (!deleted) return null;
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{failure ? describeError(t, failure) : t('sessions.deleted', { name: deleted.name })}</span>
      <button
        type="button"
        className="toast__action"
        data-testid="undo-delete"
        onClick={() => void undoDelete().then(setFailure)}
      >
        {t('sessions.undo')}
      </button>
      <button
        type="button"
        className="toast__close"
        aria-label={t('sessions.dismiss')}
        onClick={dismissDeleted}
      >
        ✕
      </button>
    </div>
  );
};
