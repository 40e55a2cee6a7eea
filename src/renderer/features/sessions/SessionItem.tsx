import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../shared/domain/session';
import type { SessionSearchHit } from '../../../shared/domain/sessionSearch';
import { useTranscriptFocusStore } from '../../stores/transcriptFocusStore';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { DuplicateIcon } from '../playground';

interface SessionItemProps {
  summary: SessionSummary;
  /** Where a search found the session: its message is shown instead of the latest, and opening scrolls to it. */
  hit: SessionSearchHit | null;
  open: boolean;
  onError(error: AppError | null): void;
}

/** One session in the list: open on click, rename inline (Enter keeps, Escape drops), duplicate, delete. */
export const SessionItem = ({ summary, hit, open, onError }: SessionItemProps) => {
  const { t } = useTranslation();
  const openSession = useAppStore((state) => state.openSession);
  const renameSession = useAppStore((state) => state.renameSession);
  const duplicateSession = useAppStore((state) => state.duplicateSession);
  const deleteSession = useAppStore((state) => state.deleteSession);
  const [editing, setEditing] = useState<string | null>(null);
  // Enter or Escape ends the edit; the blur that follows when the field goes away must not end it again.
  const settled = useRef(false);

  const run = async (action: Promise<AppError | null>) => onError(await action);
  const startRename = () => {
    settled.current = false;
    setEditing(summary.name);
  };
  const finishRename = async (keep: boolean) => {
    if (settled.current) return;
    settled.current = true;
    const name = editing?.trim() ?? '';
    setEditing(null);
    if (keep && name !== '' && name !== summary.name) await run(renameSession(summary.id, name));
  };
  const show = async () => {
    useUiStore.getState().setView('playground');
    const failure = await openSession(summary.id);
    onError(failure);
    const snippet = hit?.snippet;
    if (!failure && snippet)
      useTranscriptFocusStore.getState().scrollToEntry(snippet.paneId, snippet.entryId);
  };
  const snippet = hit?.snippet ?? null;
  // Cut to the sidebar's width; the whole line is the tooltip.
  const meta = [summary.assistantNames.join(', '), t('sessions.messages', { count: summary.messageCount })]
    .filter(Boolean)
    .join(' · ');

  return (
    <li
      className="session-item"
      aria-current={open ? 'true' : undefined}
      data-testid={`session-${summary.id}`}
    >
      {editing === null ? (
        <button
          type="button"
          className="session-item__open"
          data-testid="session-open"
          onClick={() => void show()}
        >
          <span className="session-item__name" data-testid="session-name">
            {summary.name || t('sessions.untitled')}
          </span>
          <span className="session-item__meta" title={meta}>
            {meta}
          </span>
          {snippet ? (
            <span className="session-item__preview session-item__preview--hit" data-testid="session-hit">
              {snippet.before}
              <mark>{snippet.match}</mark>
              {snippet.after}
              {hit && hit.count > 1 && (
                <span className="session-item__hits">{t('sessions.hitCount', { count: hit.count })}</span>
              )}
            </span>
          ) : (
            summary.preview && (
              <span className="session-item__preview" title={summary.preview}>
                {summary.preview}
              </span>
            )
          )}
        </button>
      ) : (
        <input
          className="session-item__rename"
          aria-label={t('sessions.renameLabel', { name: summary.name })}
          value={editing}
          data-testid="session-rename-input"
          autoFocus
          onChange={(event) => setEditing(event.target.value)}
          onBlur={() => void finishRename(true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void finishRename(true);
            if (event.key === 'Escape') void finishRename(false);
          }}
        />
      )}
      <div className="session-item__actions">
        <button
          type="button"
          title={t('sessions.rename')}
          aria-label={t('sessions.renameNamed', { name: summary.name || t('sessions.untitled') })}
          data-testid="session-rename"
          onClick={startRename}
        >
          ✎
        </button>
        <button
          type="button"
          title={t('sessions.duplicate')}
          aria-label={t('sessions.duplicateNamed', { name: summary.name || t('sessions.untitled') })}
          data-testid="session-duplicate"
          onClick={() => void run(duplicateSession(summary.id))}
        >
          <DuplicateIcon />
        </button>
        <button
          type="button"
          title={t('sessions.delete')}
          aria-label={t('sessions.deleteNamed', { name: summary.name || t('sessions.untitled') })}
          data-testid="session-delete"
          onClick={() => void run(deleteSession(summary.id))}
        >
          ✕
        </button>
      </div>
    </li>
  );
};
