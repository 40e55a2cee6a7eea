import { useMemo, useState } from 'react';
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
}

const matches = (assistant: Assistant, query: string) =>
  [assistant.name, String(assistant.id ?? ''), assistant.uuid ?? ''].some((text) =>
    text.toLowerCase().includes(query.toLowerCase()),
  );

/** Search the account's assistants by name (or id/uuid); when the list cannot load, type an id or uuid. */
export const AssistantPicker = ({ value, onPick }: AssistantPickerProps) => {
  const { t } = useTranslation();
  const assistants = useAppStore(selectAssistants);
  const loadAssistants = useAppStore((state) => state.loadAssistants);
  const [open, setOpen] = useState(false);
  const [manual, setManual] = useState(false);
  const [query, setQuery] = useState('');
  const visible = useMemo(
    () => assistants.list.filter((item) => matches(item, query.trim())),
    [assistants.list, query],
  );

  const close = () => {
    setOpen(false);
    setManual(false);
    setQuery('');
  };
  const pick = (assistant: Assistant) => {
    onPick({ id: assistant.id, uuid: assistant.uuid, name: assistant.name }, assistant.variables);
    close();
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
      <button
        type="button"
        className="picker__button"
        aria-expanded={open}
        aria-haspopup="listbox"
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
                className="picker__search"
                placeholder={t('playground.picker.search')}
                aria-label={t('playground.picker.search')}
                value={query}
                autoFocus
                data-testid="assistant-search"
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={(event) => {
                  const first = visible[0];
                  if (event.key === 'Enter' && first) pick(first);
                }}
              />
              {assistants.status === 'loading' && (
                <p className="picker__note">{t('playground.picker.loading')}</p>
              )}
              <ul className="picker__list" role="listbox" aria-label={t('playground.picker.label')}>
                {visible.map((assistant) => (
                  <li key={assistant.uuid ?? assistant.id ?? assistant.name}>
                    <button
                      type="button"
                      role="option"
                      aria-selected={assistant.uuid === value.uuid}
                      className="picker__option"
                      data-testid="assistant-option"
                      onClick={() => pick(assistant)}
                    >
                      <span className="picker__name">{assistant.name}</span>
                      <code className="picker__id">
                        #{assistant.id ?? '–'} · {assistant.uuid ?? '–'}
                      </code>
                    </button>
                  </li>
                ))}
              </ul>
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
