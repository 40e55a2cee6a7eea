import { useTranslation } from 'react-i18next';
import type { JsonValue } from '../../../shared/domain/famulor';
import type { FieldDiff } from './jsonDiff';
import './field-diff.css';

const show = (value: JsonValue | undefined) => (value === undefined ? '' : JSON.stringify(value));

interface FieldDiffTableProps {
  caption: string;
  fields: readonly FieldDiff[];
  leftLabel: string;
  rightLabel: string;
  testId: string;
}

/** Two JSON values field by field, side by side; changed, added and removed fields are highlighted. */
export const FieldDiffTable = ({ caption, fields, leftLabel, rightLabel, testId }: FieldDiffTableProps) => {
  const { t } = useTranslation();
  return (
    <table className="field-diff" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inspector.diff.field')}</th>
          <th scope="col">{leftLabel}</th>
          <th scope="col">{rightLabel}</th>
        </tr>
      </thead>
      <tbody>
        {fields.length === 0 ? (
          <tr>
            <td colSpan={3} className="field-diff__none">
              {t('inspector.diff.noFields')}
            </td>
          </tr>
        ) : (
          fields.map((field) => (
            <tr
              key={field.path}
              className={`field-diff__row field-diff__row--${field.status}`}
              data-testid="field-diff-row"
              data-status={field.status}
              data-path={field.path}
            >
              <th scope="row">{field.path === '' ? t('inspector.diff.wholeValue') : field.path}</th>
              <td className="field-diff__left">{show(field.left)}</td>
              <td className="field-diff__right">{show(field.right)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
};
