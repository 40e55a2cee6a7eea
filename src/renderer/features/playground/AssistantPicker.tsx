import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assistant, Variables } from '../../../shared/domain/famulor';
import type { PaneAssistant } from '../../../shared/domain/session';
import { selectAssistants } from '../../stores/assistantsSlice';
import { useAppStore } from '../../stores/appStore';
import { ManualAssistantField } from './ManualAssistantField';

interface AssistantPickerProps {
  value: PaneAssistant;
  /** The chosen assistant, with its default variables (empty when typed by hand). */
  onPick(assistant: PaneAssistant, defaults: Variables): void;
  /** Changes when the picker's button should take the focus (the pane was just added). */
  focusNonce?: number | null;
}

const matches = (assistant: Assistant, query: string) =>
  [assistant.name, String(assistant.id ?? ''), assistant.uuid ?? ''].some((text) =>
    text.toLowerCase().includes(query.toLowerCase()),
  );

/**
 * Search the account's assistants by name (or id/uuid); when the list cannot load, type an id or uuid. The search
 * field is a combobox over a listbox (WAI-ARIA's pattern): arrows move the active option, Enter picks it, Escape
 * closes, and focus goes back to the picker's button either way.
 */
export const AssistantPicker = ({ value, onPick, focusNonce = null }: AssistantPickerProps) => {
  const { t } = useTranslation();
  const assistants = useAppStore(selectAssistants);
  const loadAssistants = useAppStore((state) => state.loadAssistants);
  const [open, setOpen] = useState(false);
  const [manual, setManual] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const trigger = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const triggerId = useId();
  const visible = useMemo(
    () => assistants.list.filter((item) => matches(item, query.trim())),
    [assistants.list, query],
  );
  const activeIndex = Math.min(active, visible.length - 1);
  useEffect(() => {
    if (focusNonce === null) return;
    // After the command palette, if it ran "Add pane", has closed and handed the focus back.
    const timer = window.setTimeout(() => trigger.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [focusNonce]);
  const optionId = (index: number) => `${listId}-${index}`;

  const close = () => {
    setOpen(false);
    setManual(false);
    setQuery('');
    setActive(0);
    trigger.current?.focus();
  };
  const pick = (assistant: Assistant) => {
    onPick({ id: assistant.id, uuid: assistant.uuid, name: assistant.name }, assistant.variables);
    close();
  };
  const moveActive = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = visible.length - 1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(activeIndex + 1, last),
      ArrowUp: Math.max(activeIndex - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter') {
      // Focus moves to the picker's button: without this, the same key press would click it open again.
      event.preventDefault();
      const chosen = visible[activeIndex];
      if (chosen) pick(chosen);
    } else if (event.key in next && last >= 0) {
      event.preventDefault();
      const index = next[event.key] ?? 0;
      setActive(index);
      document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
    }
  };

  return (
    <div
      className="picker"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      {/* The trigger is named "Assistant" followed by what it shows, so that it says what it chooses. */}
      <span id={`${triggerId}-label`} hidden>
        {t('playground.picker.label')}
      </span>
      <button
        type="button"
        id={triggerId}
        className="picker__button"
        aria-labelledby={`${triggerId}-label ${triggerId}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        ref={trigger}
        data-testid="assistant-picker"
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span className="picker__name">{value.name || value.uuid || t('playground.picker.placeholder')}</span>
        {value.uuid && <code className="picker__id">{value.uuid.slice(0, 8)}</code>}
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div className="picker__popover" role="dialog" aria-label={t('playground.picker.label')}>
          {manual || assistants.status === 'error' ? (
            <ManualAssistantField
              error={assistants.error}
              onRetry={() => void loadAssistants(true)}
              onUse={(assistant) => {
                onPick(assistant, {});
                close();
              }}
            />
          ) : (
            <>
              <input
                type="search"
                role="combobox"
                className="picker__search"
                placeholder={t('playground.picker.search')}
                aria-label={t('playground.picker.search')}
                aria-expanded="true"
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
                value={query}
                autoFocus
                data-testid="assistant-search"
                onChange={(event) => {
                  setQuery(event.target.value);
                  setActive(0);
                }}
                onKeyDown={moveActive}
              />
              {assistants.status === 'loading' && (
                <p className="picker__note">{t('playground.picker.loading')}</p>
              )}
              <div
                className="picker__list"
                role="listbox"
                id={listId}
                aria-label={t('playground.picker.label')}
              >
                {visible.map((assistant, index) => (
                  // Options take no focus: it stays in the search field, which names the active one.
                  <div
                    key={assistant.uuid ?? assistant.id ?? assistant.name}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    data-current={assistant.uuid === value.uuid || undefined}
                    className="picker__option"
                    data-testid="assistant-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActive(index)}
                    onClick={() => pick(assistant)}
                  >
                    <span className="picker__name">{assistant.name}</span>
                    <code className="picker__id">
                      #{assistant.id ?? '–'} · {assistant.uuid ?? '–'}
                    </code>
                  </div>
                ))}
              </div>
              {assistants.status === 'ready' && visible.length === 0 && (
                <p className="picker__note">{t('playground.picker.empty')}</p>
              )}
              <button type="button" className="picker__link" onClick={() => setManual(true)}>
                {t('playground.picker.typeById')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
};
