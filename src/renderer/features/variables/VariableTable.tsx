import { useTranslation } from 'react-i18next';
import type { RowsResult, VariableRow } from './variablesJson';

interface VariableTableProps {
  rows: VariableRow[];
  errors: RowsResult['errors'];
  onChange(rows: VariableRow[]): void;
}

/** Name/value pairs; values that read as JSON (30, true, {…}) keep their type. */
export const VariableTable = ({ rows, errors, onChange }: VariableTableProps) => {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<VariableRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <div className="variable-table" data-testid="variable-table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('variables.name')}</th>
            <th scope="col">{t('variables.value')}</th>
            <th scope="col" aria-hidden />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const error = errors[index];
            return (
              <tr key={index} className={error ? 'variable-table__row--error' : undefined}>
                <td>
                  <input
                    className="mono"
                    value={row.key}
                    aria-label={t('variables.nameOfRow', { n: index + 1 })}
                    aria-invalid={error ? true : undefined}
                    data-testid={`variable-key-${index}`}
                    onChange={(event) => change(index, { key: event.target.value })}
                  />
                  {error && <span className="field-error">{t(`variables.${error}`)}</span>}
                </td>
                <td>
                  <input
                    className="mono"
                    value={row.value}
                    aria-label={
                      row.key
                        ? t('variables.valueOf', { name: row.key })
                        : t('variables.valueOfRow', { n: index + 1 })
                    }
                    data-testid={`variable-value-${row.key || index}`}
                    onChange={(event) => change(index, { value: event.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('variables.removeRow', { name: row.key })}
                    onClick={() => onChange(rows.filter((_row, at) => at !== index))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="button button--small"
        data-testid="variable-add"
        onClick={() => onChange([...rows, { key: '', value: '' }])}
      >
        + {t('variables.addRow')}
      </button>
      <p className="hint">{t('variables.valueHint')}</p>
    </div>
  );
};
