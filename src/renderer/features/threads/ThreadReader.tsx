import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conversationDeepLink } from '../../../shared/deepLink';
import type { ThreadExportInput } from '../../../shared/export/thread';
import { useAppStore } from '../../stores/appStore';
import { personEntryIndices, selectPersonReplies } from '../../stores/personRepliesSlice';
import type { OpenThread } from '../../stores/threadsSlice';
import { AiControl } from './AiControl';
import { ThreadExportMenu } from './ThreadExportMenu';
import { ThreadSaveAsTest } from './ThreadSaveAsTest';
import { MessageList, type MessageListHandle } from './MessageList';
import { OpenInPlaygroundButton } from './OpenInPlaygroundButton';
import { collectThreadCalls, type ThreadCall } from './threadCalls';
import { ThreadSearchBar } from './ThreadSearchBar';
import { ThreadSide } from './ThreadSide';
import { useThreadReaderCommands } from './useThreadCommands';
import { useTakenOverPolling } from './useTakenOverPolling';
import { useThreadSearch } from './useThreadSearch';
import './threadActions.css';
import './threadReader.css';
import { describeError } from '../../lib/describeError';

const NO_HISTORY: never[] = [];

const titleOf = (thread: OpenThread) => {
  const customer = thread.detail?.customer ?? thread.summary?.customer;
  return (
    customer?.name ??
    customer?.phone ??
    thread.detail?.externalIdentifier ??
    thread.summary?.externalIdentifier ??
    null
  );
};

/** One thread: the whole history (virtualized), search, function calls, takeover, customer chat and export. */
export const ThreadReader = ({ thread }: { thread: OpenThread }) => {
  const { t } = useTranslation();
  const closeThread = useAppStore((state) => state.closeThread);
  const refresh = useAppStore((state) => state.refreshOpenThread);
  const history = thread.detail?.history ?? NO_HISTORY;
  // Search, calls and export read the whole history; the list shows the latest entries while the rest arrives.
  const shown = thread.detail ? { history, offset: 0 } : thread.latest;
  const shownCount = shown ? shown.offset + shown.history.length : 0;
  const search = useThreadSearch(history);
  const calls = useMemo(() => collectThreadCalls(history), [history]);
  const personReplies = useAppStore(selectPersonReplies(thread.conversationId));
  const byPerson = useMemo(() => personEntryIndices(history, personReplies), [history, personReplies]);
  useTakenOverPolling(thread);
  const [expandedCalls, setExpandedCalls] = useState<ReadonlySet<string>>(() => new Set());
  const [selectedCall, setSelectedCall] = useState<string | null>(null);
  const listRef = useRef<MessageListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const readerRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening a thread replaces the row that had the focus: the thread's title takes it, so Tab goes on from there.
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), []);
  // Ctrl+F searches the thread wherever the focus is in it, and from <body> too (after a click on empty space).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'f' || event.altKey) return;
      const target = event.target instanceof Node ? event.target : null;
      if (target !== document.body && !readerRef.current?.contains(target)) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const currentMatch = search.matches[search.current];
  useEffect(() => {
    if (currentMatch) listRef.current?.scrollToMessage(currentMatch.messageIndex);
  }, [currentMatch]);

  const toggleCall = useCallback((key: string) => {
    setExpandedCalls((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  const selectCall = (call: ThreadCall) => {
    setSelectedCall(call.key);
    setExpandedCalls((current) => new Set(current).add(call.key));
    listRef.current?.scrollToMessage(call.messageIndex);
  };

  const { conversationId, summary, detail, aiEnabled } = thread;
  // One object while the thread is unchanged: the palette's export commands are registered from it.
  const exportInput = useMemo<ThreadExportInput | null>(
    () => (detail ? { conversationId, summary, detail, aiEnabled } : null),
    [conversationId, summary, detail, aiEnabled],
  );
  const title = titleOf(thread);
  const focusSearch = useCallback(
    // After the palette has closed and given the focus back, or the focus would land on what had it before.
    () => window.setTimeout(() => searchRef.current?.focus(), 0),
    [],
  );
  const scrollToLatest = useCallback(() => listRef.current?.scrollToEnd(), []);
  const scrollToFirst = useCallback(() => listRef.current?.scrollToStart(), []);
  useThreadReaderCommands({ exportInput, focusSearch, scrollToLatest, scrollToFirst });

  return (
    <section className="thread-reader" data-testid="thread-reader" ref={readerRef}>
      <header className="thread-reader__bar">
        <button
          type="button"
          className="button button--small"
          data-testid="thread-back"
          onClick={closeThread}
        >
          ← {t('threads.reader.back')}
        </button>
        <div className="thread-reader__title">
          <h1 data-testid="thread-title" ref={titleRef} tabIndex={-1}>
            {title ?? t('threads.reader.untitled')}
          </h1>
          <span className="thread-reader__id">
            {thread.summary && (
              <span className={`type-chip type-chip--${thread.summary.type}`}>
                {t(`threads.type.${thread.summary.type}`, { defaultValue: thread.summary.type })}
              </span>
            )}
            <code data-testid="thread-id" title={conversationDeepLink(thread.conversationId)}>
              {thread.conversationId}
            </code>
          </span>
        </div>
        <AiControl />
        <span className="thread-reader__spacer" />
        <OpenInPlaygroundButton thread={thread} title={title ?? t('threads.reader.untitled')} />
        <button
          type="button"
          className="button button--small"
          data-testid="thread-refresh"
          disabled={thread.status === 'loading'}
          onClick={() => void refresh()}
        >
          ⟳ {t('threads.reader.refresh')}
        </button>
        <ThreadSaveAsTest thread={exportInput} title={title ?? t('threads.reader.untitled')} />
        <ThreadExportMenu thread={exportInput} />
      </header>
      <div className="thread-reader__body">
        <div className="thread-reader__main">
          <div className="thread-reader__tools">
            <ThreadSearchBar
              query={search.query}
              onQueryChange={search.setQuery}
              matchCount={search.matches.length}
              currentMatch={search.current}
              onStep={search.step}
              inputRef={searchRef}
            />
            <button
              type="button"
              className="button button--small"
              data-testid="thread-jump-start"
              disabled={shownCount === 0}
              onClick={scrollToFirst}
            >
              ⤒ {t('threads.reader.first')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid="thread-jump-end"
              disabled={shownCount === 0}
              onClick={scrollToLatest}
            >
              ⤓ {t('threads.reader.latest')}
            </button>
          </div>
          {thread.imported && (
            <p className="thread-reader__notice" role="status" data-testid="thread-imported">
              {t('threads.import.banner', {
                fileName: thread.imported.fileName,
                exportedAt: thread.imported.exportedAt.slice(0, 16).replace('T', ' '),
              })}
            </p>
          )}
          {thread.status === 'error' && thread.error && thread.detail === null && thread.latest !== null && (
            <div
              className="thread-reader__notice inline-error"
              role="alert"
              data-testid="thread-earlier-error"
            >
              <p>{t('threads.reader.earlierFailed', { message: describeError(t, thread.error) })}</p>
              <button type="button" className="button button--small" onClick={() => void refresh()}>
                {t('threads.table.retry')}
              </button>
            </div>
          )}
          {thread.status === 'error' && thread.error && thread.detail !== null && (
            <p className="thread-reader__notice inline-error" role="alert" data-testid="thread-refresh-error">
              {t(thread.imported ? 'threads.import.refreshFailed' : 'threads.reader.refreshFailed', {
                message: describeError(t, thread.error),
              })}
            </p>
          )}
          {thread.status === 'error' && thread.error && shown === null ? (
            <div className="thread-reader__state inline-error" role="alert" data-testid="thread-error">
              <p>
                {t(thread.error.code === 'not_found' ? 'threads.reader.notFound' : 'threads.reader.failed', {
                  message: describeError(t, thread.error),
                })}
              </p>
              <button type="button" className="button" onClick={() => void refresh()}>
                {t('threads.table.retry')}
              </button>
            </div>
          ) : shown === null ? (
            <div className="thread-reader__state" role="status" data-testid="thread-loading">
              <span className="spinner" aria-hidden />
              {t('threads.reader.loading', { count: thread.summary?.messageCount ?? 0 })}
            </div>
          ) : (
            <MessageList
              ref={listRef}
              history={shown.history}
              offset={shown.offset}
              matchesByMessage={search.byMessage}
              currentMatch={search.current}
              expandedCalls={expandedCalls}
              onToggleCall={toggleCall}
              byPerson={byPerson}
            />
          )}
          <p className="thread-reader__keys">{t('threads.reader.shortcuts')}</p>
        </div>
        <ThreadSide
          thread={thread}
          calls={calls}
          selectedCall={selectedCall}
          onSelectCall={selectCall}
          onCloseCall={() => setSelectedCall(null)}
        />
      </div>
    </section>
  );
};
