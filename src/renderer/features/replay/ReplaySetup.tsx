import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationType } from '../../../shared/domain/famulor';
import type { VariableSet } from '../../../shared/domain/session';
import type { ReplayTarget } from './replayStore';
import type { ReplayScript } from '../../../shared/domain/session';

const RECORDED = 'recorded';

interface TargetChoice {
  conversationType: ConversationType;
  /** `recorded` for the script's own variables, otherwise a variable set id. */
  variablesId: string;
}

interface ReplaySetupProps {
  script: ReplayScript;
  variableSets: readonly VariableSet[];
  /** How many fresh panes still fit next to the open ones. */
  room: number;
  onStart(targets: ReplayTarget[]): void;
  onCancel(): void;
}

/** Chooses the fresh panes a script plays into; test against widget by default. */
export const ReplaySetup = ({ script, variableSets, room, onStart, onCancel }: ReplaySetupProps) => {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<TargetChoice[]>([
    { conversationType: 'test', variablesId: RECORDED },
    { conversationType: 'widget', variablesId: RECORDED },
  ]);
  const change = (index: number, patch: Partial<TargetChoice>) =>
    setChoices((list) => list.map((choice, at) => (at === index ? { ...choice, ...patch } : choice)));
  const setName = (choice: TargetChoice) =>
    variableSets.find((set) => set.id === choice.variablesId)?.name ?? t('replay.recordedVariables');
  const toTarget = (choice: TargetChoice): ReplayTarget => ({
    conversationType: choice.conversationType,
    variables: variableSets.find((set) => set.id === choice.variablesId)?.variables ?? script.variables,
    title: t('replay.paneTitle', {
      type: t(`inspector.types.${choice.conversationType}`),
      variables: setName(choice),
    }),
  });
  const tooMany = choices.length > room;

  return (
    <div className="replay-setup" data-testid="replay-setup">
      <p className="inspector-hint">
        {t('replay.setupHint', { name: script.name, count: script.messages.length })}
      </p>
      <ul className="replay-setup__targets">
        {choices.map((choice, index) => (
          <li key={index} className="replay-setup__target" data-testid="replay-target">
            <span className="replay-setup__index">{index + 1}</span>
            <select
              className="inspector-input"
              aria-label={t('replay.targetType')}
              value={choice.conversationType}
              onChange={(event) =>
                change(index, { conversationType: event.target.value === 'widget' ? 'widget' : 'test' })
              }
              data-testid="replay-target-type"
            >
              <option value="test">{t('inspector.types.test')}</option>
              <option value="widget">{t('replay.widgetBilled')}</option>
            </select>
            <select
              className="inspector-input"
              aria-label={t('replay.targetVariables')}
              value={choice.variablesId}
              onChange={(event) => change(index, { variablesId: event.target.value })}
              data-testid="replay-target-variables"
            >
              <option value={RECORDED}>{t('replay.recordedVariables')}</option>
              {variableSets.map((set) => (
                <option key={set.id} value={set.id}>
                  {set.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="inspector-button inspector-button--ghost"
              aria-label={t('replay.removeTarget')}
              disabled={choices.length <= 1}
              onClick={() => setChoices((list) => list.filter((_, at) => at !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inspector-toolbar">
        <button
          type="button"
          className="inspector-button"
          disabled={choices.length >= room}
          onClick={() => setChoices((list) => [...list, { conversationType: 'test', variablesId: RECORDED }])}
          data-testid="replay-add-target"
        >
          {t('replay.addTarget')}
        </button>
        <span className="inspector-spacer" />
        <button type="button" className="inspector-button inspector-button--ghost" onClick={onCancel}>
          {t('replay.back')}
        </button>
        <button
          type="button"
          className="inspector-button inspector-button--primary"
          disabled={tooMany}
          onClick={() => onStart(choices.map(toTarget))}
          data-testid="replay-start"
        >
          {t('replay.start', { count: choices.length })}
        </button>
      </div>
      {tooMany ? (
        <p className="inspector-error" role="alert">
          {t('replay.problems.noRoom', { room })}
        </p>
      ) : null}
    </div>
  );
};
