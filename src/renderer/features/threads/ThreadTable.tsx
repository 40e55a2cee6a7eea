import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../shared/domain/famulor';
import { useAppStore } from '../../stores/appStore';
import { selectThreadList } from '../../stores/threadsSlice';
import { formatUsd } from '../../../shared/money';
import { formatDateTime, parseMoment } from '../../lib/dateTime';
import { describeError } from '../../lib/describeError';
import { useEffect, useRef, useState } from 'react';
import { nextSort, SORTABLE_COLUMNS, sortThreads, type SortColumn, type ThreadSort } from './threadOrder';

const SKELETON_ROWS = 8;
const COLUMNS = ['type', 'assistant', 'customer', 'messages', 'cost', 'ai', 'started', 'updated'] as const;
type Column = (typeof COLUMNS)[number];
const isSortable = (column: Column): column is SortColumn =>
  (SORTABLE_COLUMNS as readonly string[]).includes(column);

const TimeCell = ({ value, language }: { value: string | null; language: string }) => {
  const shown = value ? formatDateTime(value, language) : null;
  return (
    <td className="thread-table__time">
      {shown && value ? <time dateTime={parseMoment(value)?.toISOString()}>{shown}</time> : '—'}
    </td>
  );
};

const customerOf = (row: ConversationSummary): { primary: string; secondary: string | null } | null => {
  if (row.customer)
    return {
      primary: row.customer.name ?? row.customer.phone ?? '',
      secondary: row.customer.name ? row.customer.phone : null,
    };
  if (row.externalIdentifier) return { primary: row.externalIdentifier, secondary: null };
  return null;
};

const Row = ({ row, onOpen }: { row: ConversationSummary; onOpen(): void }) => {
  const { t, i18n } = useTranslation();
  const customer = customerOf(row);
  const updated = row.updatedAt ? formatDateTime(row.updatedAt, i18n.language) : null;
  const type = t(`threads.type.${row.type}`, { defaultValue: row.type });
  const who = customer?.primary || t('threads.table.noCustomer', { id: row.id.slice(0, 8) });
  return (
    <tr
      className="thread-table__row"
      data-testid={`thread-row-${row.id}`}
      data-thread-id={row.id}
      onClick={onOpen}
    >
      <td>
        <span className={`type-chip type-chip--${row.type}`}>{type}</span>
      </td>
      <td className="thread-table__assistant">{row.assistantName ?? String(row.assistantId ?? '—')}</td>
      <td>
        <button
          type="button"
          className="link-button thread-table__open"
          data-testid="thread-open"
          title={row.id}
          // Several threads can be with one customer: the name says which one this is.
          aria-label={
            updated
              ? t('threads.table.openLabel', { type, customer: who, updated })
              : t('threads.table.openLabelUndated', { type, customer: who })
          }
          onClick={(event) => {
            event.stopPropagation();
            onOpen();
          }}
        >
          {customer?.primary || (
            <span className="muted">{t('threads.table.noCustomer', { id: row.id.slice(0, 8) })}</span>
          )}
        </button>
        {(customer?.secondary || row.whatsappSender?.phone) && (
          <span className="thread-table__secondary">
            {[
              customer?.secondary,
              row.whatsappSender?.phone && t('threads.table.via', { phone: row.whatsappSender.phone }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        )}
      </td>
      <td className="num" data-testid="thread-cell-messages">
        {row.messageCount.toLocaleString()}
      </td>
      <td className="num">{formatUsd(row.totalCost, i18n.language)}</td>
      <td>
        <span className={`ai-pill ai-pill--${row.aiEnabled ? 'on' : 'off'}`} data-testid="thread-cell-ai">
          {t(row.aiEnabled ? 'threads.table.aiOn' : 'threads.table.aiOff')}
        </span>
      </td>
      <TimeCell value={row.createdAt} language={i18n.language} />
      <TimeCell value={row.updatedAt} language={i18n.language} />
    </tr>
  );
};

/** The current page of conversations, with skeleton, empty and error states in place of rows. */
export const ThreadTable = ({
  onClearFilters,
  returnFocusTo = null,
}: {
  onClearFilters(): void;
  returnFocusTo?: string | null;
}) => {
  const { t } = useTranslation();
  const list = useAppStore(selectThreadList);
  const openThread = useAppStore((state) => state.openThreadById);
  const retry = useAppStore((state) => state.loadThreadPage);
  const [sort, setSort] = useState<ThreadSort | null>(null);
  const rows = sortThreads(list.page?.conversations ?? [], sort);
  const loadingFirst = list.status === 'loading' && list.page === null;
  const frame = useRef<HTMLDivElement>(null);
  const focusReturned = useRef(false);
  useEffect(() => {
    if (focusReturned.current || !returnFocusTo) return;
    const rowElements = frame.current?.querySelectorAll<HTMLElement>('tr[data-thread-id]') ?? [];
    const button = Array.from(rowElements)
      .find((element) => element.dataset.threadId === returnFocusTo)
      ?.querySelector<HTMLElement>('[data-testid="thread-open"]');
    if (!button) return;
    button.focus();
    focusReturned.current = true;
  }, [rows, returnFocusTo]);

  return (
    <div
      ref={frame}
      className="thread-table__frame"
      aria-busy={list.status === 'loading'}
      data-testid="thread-table-frame"
      data-status={list.status}
      data-loads={list.loads}
    >
      <table className="thread-table" data-testid="thread-table">
        <caption className="thread-table__caption" data-testid="thread-order">
          {sort
            ? t(`threads.table.order.${sort.direction}`, { column: t(`threads.table.${sort.column}`) })
            : t('threads.table.order.famulor')}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={column === 'messages' || column === 'cost' ? 'num' : undefined}
                aria-sort={sort?.column === column ? sort.direction : undefined}
              >
                {isSortable(column) ? (
                  <button
                    type="button"
                    className="thread-table__sort"
                    onClick={() => setSort((current) => nextSort(current, column))}
                  >
                    {t(`threads.table.${column}`)}
                    <span aria-hidden="true" className="thread-table__sort-mark">
                      {sort?.column === column ? (sort.direction === 'descending' ? '↓' : '↑') : '↕'}
                    </span>
                  </button>
                ) : (
                  t(`threads.table.${column}`)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={list.status === 'loading' ? 'is-refreshing' : undefined}>
          {loadingFirst
            ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                <tr key={index} className="thread-table__skeleton" data-testid="thread-skeleton">
                  {COLUMNS.map((column) => (
                    <td key={column}>
                      <span className="skeleton" />
                    </td>
                  ))}
                </tr>
              ))
            : rows.map((row) => <Row key={row.id} row={row} onOpen={() => void openThread(row.id, row)} />)}
        </tbody>
      </table>
      {list.status === 'error' && list.error && (
        <div className="thread-table__state inline-error" role="alert" data-testid="thread-list-error">
          <p>{t('threads.table.error', { message: describeError(t, list.error) })}</p>
          <button type="button" className="button" onClick={() => void retry(null, 1)}>
            {t('threads.table.retry')}
          </button>
        </div>
      )}
      {list.status === 'ready' && rows.length === 0 && (
        <div className="thread-table__state" data-testid="thread-list-empty">
          <p>{t('threads.table.empty')}</p>
          <button type="button" className="button" onClick={onClearFilters}>
            {t('threads.filters.clear')}
          </button>
        </div>
      )}
    </div>
  );
};
