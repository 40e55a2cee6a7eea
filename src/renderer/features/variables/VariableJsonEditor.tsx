import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonProblem } from './variablesJson';

interface VariableJsonEditorProps {
  json: string;
  problem: JsonProblem | null;
  onChange(json: string): void;
}

/** The raw JSON of the variables; a problem is shown under it with its line and column. */
export const VariableJsonEditor = ({ json, problem, onChange }: VariableJsonEditorProps) => {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <div className="variable-json">
      <textarea
        className="variable-json__input mono"
        value={json}
        spellCheck={false}
        aria-label={t('variables.json')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        data-testid="variables-json"
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={errorId} className="field-error" role="alert" data-testid="variables-json-error">
          {problem.kind === 'syntax'
            ? t('variables.jsonError', {
                line: problem.line,
                column: problem.column,
                expected: problem.expected,
              })
            : t('variables.notObject', { line: problem.line, column: problem.column })}
        </p>
      )}
    </div>
  );
};
