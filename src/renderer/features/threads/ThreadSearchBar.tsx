import { useTranslation } from 'react-i18next';
import type { Ref } from 'react';

interface ThreadSearchBarProps {
  query: string;
  onQueryChange(query: string): void;
  matchCount: number;
  currentMatch: number;
  onStep(direction: 1 | -1): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Enter and Shift+Enter step through the matches; Escape clears the search. */
export const ThreadSearchBar = ({
  query,
  onQueryChange,
  matchCount,
  currentMatch,
  onStep,
  inputRef,
}: ThreadSearchBarProps) => {
  const { t } = useTranslation();
  const searching = query.trim() !== '';
  return (
    <div className="thread-search" role="search">
      <input
        ref={inputRef}
        type="search"
        className="field thread-search__input"
        placeholder={t('threads.search.placeholder')}
        aria-label={t('threads.search.label')}
        aria-describedby="thread-search-hint"
        data-testid="thread-search"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            onQueryChange('');
          }
        }}
      />
      <span className="thread-search__count" data-testid="thread-search-count" aria-live="polite">
        {searching
          ? matchCount === 0
            ? t('threads.search.none')
            : t('threads.search.position', { current: currentMatch + 1, total: matchCount })
          : ''}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('threads.search.previous')}
        title={t('threads.search.previousHint')}
        data-testid="thread-search-prev"
        disabled={matchCount === 0}
        onClick={() => onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('threads.search.next')}
        title={t('threads.search.nextHint')}
        data-testid="thread-search-next"
        disabled={matchCount === 0}
        onClick={() => onStep(1)}
      >
        ↓
      </button>
      <span id="thread-search-hint" className="visually-hidden">
        {t('threads.search.keys')}
      </span>
    </div>
  );
};
