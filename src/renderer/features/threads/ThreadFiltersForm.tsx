import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectAssistants } from '../../stores/assistantsSlice';
import { useAppStore } from '../../stores/appStore';
import { selectThreadList } from '../../stores/threadsSlice';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  THREAD_TYPES,
  toListInput,
  type ThreadFilterValues,
} from '../../stores/threadFilters';

type TextFilter = 'customerPhone' | 'whatsappSenderPhone' | 'externalIdentifier';

const TEXT_FILTERS: { key: TextFilter; testId: string; placeholder: string }[] = [
  { key: 'customerPhone', testId: 'filter-customer-phone', placeholder: '+4915112345671' },
  { key: 'whatsappSenderPhone', testId: 'filter-sender-phone', placeholder: '+4930123456101' },
  { key: 'externalIdentifier', testId: 'filter-external-id', placeholder: 'crm-000417' },
];

/** Every filter `GET /user/conversations` documents; Enter or Apply loads the first page of the result. */
export const ThreadFiltersForm = () => {
  const { t } = useTranslation();
  const applied = useAppStore(selectThreadList).filters;
  const applyFilters = useAppStore((state) => state.applyThreadFilters);
  const assistants = useAppStore(selectAssistants).list.filter((assistant) => assistant.id !== null);
  const [values, setValues] = useState<ThreadFilterValues>(applied);
  const assistantInvalid = !toListInput(values, null).ok;
  const update = (change: Partial<ThreadFilterValues>) => setValues((current) => ({ ...current, ...change }));

  return (
    <form
      className="thread-filters"
      aria-label={t('threads.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!assistantInvalid) void applyFilters(values);
      }}
    >
      <label className="form-field">
        <span className="form-field__label">{t('threads.filters.type')}</span>
        <select
          className="field"
          data-testid="filter-type"
          value={values.type}
          onChange={(event) => update({ type: event.target.value as ThreadFilterValues['type'] })}
        >
          <option value="">{t('threads.filters.anyType')}</option>
          {THREAD_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`threads.type.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field">
        <span className="form-field__label">{t('threads.filters.assistantId')}</span>
        <input
          className="field field--mono"
          inputMode="numeric"
          list="thread-filter-assistants"
          data-testid="filter-assistant"
          placeholder={t('threads.filters.assistantPlaceholder')}
          aria-invalid={assistantInvalid}
          value={values.assistantId}
          onChange={(event) => update({ assistantId: event.target.value })}
        />
        <datalist id="thread-filter-assistants">
          {assistants.map((assistant) => (
            <option key={assistant.id} value={String(assistant.id)}>
              {assistant.name}
            </option>
          ))}
        </datalist>
        {assistantInvalid && <span className="field-error">{t('threads.filters.assistantInvalid')}</span>}
      </label>
      {TEXT_FILTERS.map((filter) => (
        <label key={filter.key} className="form-field">
          <span className="form-field__label">{t(`threads.filters.${filter.key}`)}</span>
          <input
            className="field field--mono"
            data-testid={filter.testId}
            placeholder={filter.placeholder}
            value={values[filter.key]}
            onChange={(event) => update({ [filter.key]: event.target.value })}
          />
        </label>
      ))}
      <div className="thread-filters__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="filter-apply"
          disabled={assistantInvalid}
        >
          {t('threads.filters.apply')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="filter-clear"
          disabled={activeFilterCount(values) === 0 && activeFilterCount(applied) === 0}
          onClick={() => {
            const cleared = { ...EMPTY_FILTERS, perPage: values.perPage };
            setValues(cleared);
            void applyFilters(cleared);
          }}
        >
          {t('threads.filters.clear')}
        </button>
      </div>
    </form>
  );
};
