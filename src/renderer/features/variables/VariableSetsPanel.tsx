import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Variables } from '../../../shared/domain/famulor';
import { useAppStore } from '../../stores/appStore';
import { selectPanes, selectVariableSets } from '../../stores/panesSlice';

interface VariableSetsPanelProps {
  paneId: string;
  /** The editor's current variables (null while invalid: nothing to save then). */
  current: Variables | null;
  onLoad(variables: Variables): void;
  onApplied(): void;
}

/** Named sets saved with the session: save the current variables, load one into the editor, or apply it directly. */
export const VariableSetsPanel = ({ paneId, current, onLoad, onApplied }: VariableSetsPanelProps) => {
  const { t } = useTranslation();
  const sets = useAppStore(selectVariableSets);
  const saveVariableSet = useAppStore((state) => state.saveVariableSet);
  const deleteVariableSet = useAppStore((state) => state.deleteVariableSet);
  const applyVariables = useAppStore((state) => state.applyVariables);
  const [name, setName] = useState('');
  const apply = (variables: Variables, everywhere: boolean) => {
    const ids = everywhere ? selectPanes(useAppStore.getState()).map((pane) => pane.id) : [paneId];
    applyVariables(ids, variables);
    onApplied();
  };
  return (
    <section className="side-section" data-testid="variable-sets">
      <h3>{t('variables.sets')}</h3>
      {sets.length === 0 && <p className="hint">{t('variables.setsNone')}</p>}
      <ul className="variable-sets">
        {sets.map((set) => (
          <li key={set.id} data-testid={`variable-set-${set.name}`}>
            <span className="variable-sets__name">{set.name}</span>
            <button type="button" className="button button--small" onClick={() => onLoad(set.variables)}>
              {t('variables.load')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => apply(set.variables, false)}
            >
              {t('variables.applyHere')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid="variable-set-apply-all"
              onClick={() => apply(set.variables, true)}
            >
              {t('variables.applyAll')}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('variables.deleteSet', { name: set.name })}
              onClick={() => deleteVariableSet(set.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="variable-sets__save"
        onSubmit={(event) => {
          event.preventDefault();
          if (!current || name.trim() === '') return;
          saveVariableSet(name.trim(), current);
          setName('');
        }}
      >
        <input
          value={name}
          aria-label={t('variables.setName')}
          placeholder={t('variables.setNamePlaceholder')}
          data-testid="variable-set-name"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={!current || name.trim() === ''}>
          {t('variables.saveSet')}
        </button>
      </form>
    </section>
  );
};
