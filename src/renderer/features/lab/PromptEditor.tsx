import { useMemo, useRef } from 'react';
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

/**
 * The system prompt: a text area with line numbers that scroll with it, and every `{{var}}`/`{var}` listed with
 * where it is and who fills it in; one that is no variable can be added as one, and a click selects it in the text.
 */
/** The prompt's lines, each cut into plain text and placeholders, for the layer under the text area. */
const mirrorLines = (value: string, placeholders: Placeholder[]) => {
  const lines: { start: number; parts: { text: string; kind: Placeholder['kind'] | null }[] }[] = [];
  let offset = 0;
  for (const line of value.split('\n')) {
    const end = offset + line.length;
    const parts: { text: string; kind: Placeholder['kind'] | null }[] = [];
    let at = offset;
    for (const placeholder of placeholders) {
      if (placeholder.start < offset || placeholder.end > end) continue;
      if (placeholder.start > at) parts.push({ text: value.slice(at, placeholder.start), kind: null });
      parts.push({ text: value.slice(placeholder.start, placeholder.end), kind: placeholder.kind });
      at = placeholder.end;
    }
    parts.push({ text: value.slice(at, end), kind: null });
    lines.push({ start: offset, parts });
    offset = end + 1;
  }
  return lines;
};

/**
 * The system prompt: a text area over a layer that wraps its text the same way, numbers each line (so the
 * numbers stay beside long, wrapped lines) and marks every `{{var}}`/`{var}` by who fills it in. Below, each
 * placeholder with where it is; one that is no variable can be added as one, and a click selects it in the text.
 */
export const PromptEditor = ({ id, value, variables, onChange, onDefine }: PromptEditorProps) => {
  const { t } = useTranslation();
  const text = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const placeholders = useMemo(() => findPlaceholders(value, variables), [value, variables]);
  const lines = useMemo(() => mirrorLines(value, placeholders), [value, placeholders]);
  const select = (placeholder: Placeholder) => {
    text.current?.focus();
    text.current?.setSelectionRange(placeholder.start, placeholder.end);
  };
  return (
    <div className="lab-prompt">
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
          onScroll={(event) => {
            if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <section aria-label={t('lab.placeholders.title')} className="lab-placeholders">
        <h3>{t('lab.placeholders.title')}</h3>
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
