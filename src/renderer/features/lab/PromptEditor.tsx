import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Variables } from '../../../shared/domain/famulor';
import { findPlaceholders, type Placeholder } from '../../../shared/domain/placeholders';

interface PromptEditorProps {
  id: string;
  value: string;
  variables: Variables;
  onChange(value: string): void;
  onDefine(name: string): void;
}

type MarkKind = Placeholder['kind'] | 'found' | 'current';
interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

/** Where the search's text occurs, case ignored. */
const findAll = (value: string, query: string): Mark[] => {
  if (query === '') return [];
  const haystack = value.toLowerCase();
  const needle = query.toLowerCase();
  const found: Mark[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    found.push({ start: at, end: at + needle.length, kind: 'found' });
  return found;
};

/** The prompt's lines, each cut into plain text and marks (search hits over placeholders), for the layer below. */
const mirrorLines = (value: string, marks: readonly Mark[]) => {
  const lines: { start: number; parts: { text: string; kind: MarkKind | null }[] }[] = [];
  let offset = 0;
  for (const line of value.split('\n')) {
    const end = offset + line.length;
    const parts: { text: string; kind: MarkKind | null }[] = [];
    let at = offset;
    for (const mark of marks) {
      if (mark.start < at || mark.end > end) continue;
      if (mark.start > at) parts.push({ text: value.slice(at, mark.start), kind: null });
      parts.push({ text: value.slice(mark.start, mark.end), kind: mark.kind });
      at = mark.end;
    }
    parts.push({ text: value.slice(at, end), kind: null });
    lines.push({ start: offset, parts });
    offset = end + 1;
  }
  return lines;
};

/** Search hits, and the placeholders no hit overlaps, in the order they occur. */
const marksOf = (placeholders: readonly Placeholder[], found: readonly Mark[], current: number): Mark[] => {
  const hits = found.map((mark, index) => (index === current ? { ...mark, kind: 'current' as const } : mark));
  const free = placeholders.filter((p) => !hits.some((hit) => hit.start < p.end && p.start < hit.end));
  return [...hits, ...free.map(({ start, end, kind }) => ({ start, end, kind }))].sort(
    (a, b) => a.start - b.start,
  );
};

/**
 * The system prompt: a text area over a layer that wraps its text the same way, numbers each line (so the
 * numbers stay beside long, wrapped lines) and marks every `{{var}}`/`{var}` by who fills it in. Below, each
 * placeholder with where it is; one that is no variable can be added as one, and a click selects it in the text.
 * A search above it (Ctrl/Cmd+F from the text) marks every hit and steps through them with Enter / Shift+Enter.
 */
export const PromptEditor = ({ id, value, variables, onChange, onDefine }: PromptEditorProps) => {
  const { t } = useTranslation();
  const text = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const placeholders = useMemo(() => findPlaceholders(value, variables), [value, variables]);
  const found = useMemo(() => findAll(value, query), [value, query]);
  const shownCurrent = found.length === 0 ? -1 : Math.min(current, found.length - 1);
  const lines = useMemo(
    () => mirrorLines(value, marksOf(placeholders, found, shownCurrent)),
    [value, placeholders, found, shownCurrent],
  );
  /** Moves to the next (or previous) hit and scrolls the text to its line. */
  const step = (by: 1 | -1) => {
    if (found.length === 0) return;
    const next = (shownCurrent + by + found.length) % found.length;
    setCurrent(next);
    const hit = found[next];
    const lineIndex = hit ? value.slice(0, hit.start).split('\n').length - 1 : 0;
    const line = mirror.current?.children[lineIndex] as HTMLElement | undefined;
    if (line && text.current) text.current.scrollTop = Math.max(0, line.offsetTop - 40);
  };
  const select = (placeholder: Placeholder) => {
    text.current?.focus();
    text.current?.setSelectionRange(placeholder.start, placeholder.end);
  };
  return (
    <div className="lab-prompt">
      <div className="lab-prompt__search">
        <input
          ref={search}
          type="search"
          className="lab-input"
          aria-label={t('lab.search.label')}
          placeholder={t('lab.search.label')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }}
        />
        <span className="lab-muted" role="status">
          {query !== '' &&
            (found.length === 0
              ? t('lab.search.none')
              : t('lab.search.count', { current: shownCurrent + 1, count: found.length }))}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={found.length === 0}
          onClick={() => step(-1)}
        >
          {t('lab.search.previous')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={found.length === 0}
          onClick={() => step(1)}
        >
          {t('lab.search.next')}
        </button>
      </div>
      <div className="lab-prompt__editor">
        <div className="lab-prompt__mirror" ref={mirror} aria-hidden>
          {lines.map((line) => (
            <div key={line.start} className="lab-prompt__line">
              {line.parts.map((part, index) =>
                part.kind ? (
                  <mark key={index} className={`lab-mark lab-mark--${part.kind}`}>
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
              {'\n'}
            </div>
          ))}
        </div>
        <textarea
          id={id}
          ref={text}
          className="lab-prompt__text"
          value={value}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            // Ctrl/Cmd+F finds in the prompt (the desktop window has no find bar of its own).
            if (event.key === 'f' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              search.current?.focus();
              search.current?.select();
            }
          }}
          onScroll={(event) => {
            if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <section aria-label={t('lab.placeholders.title')} className="lab-placeholders">
        <h2>{t('lab.placeholders.title')}</h2>
        {placeholders.length === 0 ? (
          <p className="lab-muted">{t('lab.placeholders.none', { double: '{{var}}', single: '{var}' })}</p>
        ) : (
          <ul>
            {placeholders.map((placeholder) => (
              <li key={placeholder.start} className={`lab-placeholder lab-placeholder--${placeholder.kind}`}>
                <button type="button" className="lab-link" onClick={() => select(placeholder)}>
                  <code>{value.slice(placeholder.start, placeholder.end)}</code>
                </button>{' '}
                <span className="lab-muted">
                  {t('lab.placeholders.at', { line: placeholder.line, column: placeholder.column })} ·{' '}
                  {t(`lab.placeholders.${placeholder.kind}`)}
                </span>
                {placeholder.kind === 'unknown' && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onDefine(placeholder.name)}
                  >
                    {t('lab.placeholders.define')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};
