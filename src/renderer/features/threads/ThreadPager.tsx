import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectThreadList } from '../../stores/threadsSlice';
import { PAGE_SIZES } from '../../stores/threadFilters';

/** Cursor paging: Famulor gives only next and previous cursors, so the page number is counted here. */
export const ThreadPager = () => {
  const { t } = useTranslation();
  const list = useAppStore(selectThreadList);
  const next = useAppStore((state) => state.nextThreadPage);
  const previous = useAppStore((state) => state.previousThreadPage);
  const applyFilters = useAppStore((state) => state.applyThreadFilters);
  const busy = list.status === 'loading';
  return (
    <nav className="thread-pager" aria-label={t('threads.pager.label')}>
      <label className="thread-pager__size">
        {t('threads.pager.perPage')}
        <select
          className="field field--small"
          data-testid="page-size"
          value={list.filters.perPage}
          onChange={(event) => void applyFilters({ ...list.filters, perPage: Number(event.target.value) })}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <span className="thread-pager__spacer" />
      {busy && <span className="spinner" role="status" aria-label={t('threads.table.loading')} />}
      <span className="thread-pager__page" data-testid="page-number">
        {t('threads.pager.page', { number: list.pageNumber })}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="page-prev"
        disabled={busy || !list.page?.prevCursor}
        onClick={() => void previous()}
      >
        ← {t('threads.pager.previous')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="page-next"
        disabled={busy || !list.page?.nextCursor}
        onClick={() => void next()}
      >
        {t('threads.pager.next')} →
      </button>
    </nav>
  );
};
