import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { callsForTurn, turnCount } from './collectCalls';
import { FieldDiffTable } from './FieldDiffTable';
import { pairCalls, type CallPair } from './pairCalls';
import { paneLabels } from './paneLabel';
import './call-card.css';

export interface CallDiffViewProps {
  panes: readonly Pane[];
}

const pairStatus = (pair: CallPair) =>
  pair.left === null ? 'onlyRight' : pair.right === null ? 'onlyLeft' : pair.changed ? 'changed' : 'same';

/** Two panes' function calls for the same turn (the n-th user message), side by side with the changes marked. */
export const CallDiffView = ({ panes }: CallDiffViewProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [leftId, setLeftId] = useState<string | null>(null);
  const [rightId, setRightId] = useState<string | null>(null);
  const [chosenTurn, setChosenTurn] = useState<number | null>(null);
  const labels = useMemo(() => paneLabels(panes, t), [panes, t]);

  const left = panes.find((pane) => pane.id === leftId) ?? panes[0] ?? null;
  const right = panes.find((pane) => pane.id === rightId) ?? panes.find((pane) => pane !== left) ?? null;
  const turns = left && right ? Math.min(turnCount(left), turnCount(right)) : 0;
  const turn = chosenTurn !== null && chosenTurn <= turns ? chosenTurn : turns;
  const pairs = useMemo(
    () => (left && right && turn > 0 ? pairCalls(callsForTurn(left, turn), callsForTurn(right, turn)) : []),
    [left, right, turn],
  );

  if (panes.length < 2 || !left || !right) {
    return (
      <p className="inspector-empty" data-testid="call-diff-empty">
        {t('inspector.diff.needTwoPanes')}
      </p>
    );
  }
  const leftLabel = labels.get(left.id) ?? '';
  const rightLabel = labels.get(right.id) ?? '';
  const paneSelect = (which: 'left' | 'right', value: Pane, onChange: (paneId: string) => void) => (
    <label className="inspector-field">
      <span>{t(`inspector.diff.${which}`)}</span>
      <select
        className="inspector-input"
        value={value.id}
        onChange={(event) => onChange(event.target.value)}
        data-testid={`call-diff-${which}`}
      >
        {panes.map((pane) => (
          <option key={pane.id} value={pane.id}>
            {labels.get(pane.id)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="call-diff" data-testid="call-diff">
      <div className="inspector-toolbar">
        {paneSelect('left', left, setLeftId)}
        {paneSelect('right', right, setRightId)}
        <label className="inspector-field" htmlFor={`${id}-turn`}>
          <span>{t('inspector.diff.turn')}</span>
          <select
            id={`${id}-turn`}
            className="inspector-input"
            value={turn}
            disabled={turns === 0}
            onChange={(event) => setChosenTurn(Number(event.target.value))}
            data-testid="call-diff-turn"
          >
            {Array.from({ length: turns }, (_, index) => (
              <option key={index + 1} value={index + 1}>
                {index + 1}
              </option>
            ))}
          </select>
        </label>
      </div>
      {turns === 0 ? (
        <p className="inspector-empty">{t('inspector.diff.noTurns')}</p>
      ) : pairs.length === 0 ? (
        <p className="inspector-empty" data-testid="call-diff-none">
          {t('inspector.diff.noCallsInTurn', { turn })}
        </p>
      ) : (
        <ol className="call-list">
          {pairs.map((pair, index) => {
            const status = pairStatus(pair);
            return (
              <li
                key={`${pair.name}-${index}`}
                className="call-card"
                data-testid="call-diff-pair"
                data-status={status}
              >
                <header className="call-card__header">
                  <span className="call-card__icon" aria-hidden>
                    ƒ
                  </span>
                  <h3 className="call-card__name">{pair.name}</h3>
                  <span className={`diff-badge diff-badge--${status}`}>
                    {t(`inspector.diff.status.${status}`)}
                  </span>
                </header>
                <FieldDiffTable
                  caption={t('inspector.arguments')}
                  fields={pair.arguments}
                  leftLabel={leftLabel}
                  rightLabel={rightLabel}
                  testId="call-diff-arguments"
                />
                <FieldDiffTable
                  caption={t('inspector.result')}
                  fields={pair.result}
                  leftLabel={leftLabel}
                  rightLabel={rightLabel}
                  testId="call-diff-result"
                />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
};
