import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { callsForTurn, turnCount } from './collectCalls';
import { CallPairDiff } from './CallPairDiff';
import { pairCalls, type CallPair } from './pairCalls';
import { paneLabels } from './paneLabel';
import { PaneSelect, preferredPane } from './PaneSelect';

export interface CallDiffViewProps {
  panes: readonly Pane[];
}

/** The latest turn in which either pane called a function (there is something to compare), else the latest. */
const defaultTurn = (left: Pane, right: Pane, turns: number): number => {
  for (let turn = turns; turn > 0; turn -= 1) {
    if (callsForTurn(left, turn).length + callsForTurn(right, turn).length > 0) return turn;
  }
  return turns;
};

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

  const left = preferredPane(panes, leftId);
  const right = panes.find((pane) => pane.id === rightId) ?? panes.find((pane) => pane !== left) ?? null;
  const turns = left && right ? Math.min(turnCount(left), turnCount(right)) : 0;
  const turn =
    chosenTurn !== null && chosenTurn <= turns
      ? chosenTurn
      : left && right
        ? defaultTurn(left, right, turns)
        : 0;
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
  return (
    <div className="call-diff" data-testid="call-diff">
      <div className="inspector-toolbar">
        {(['left', 'right'] as const).map((which) => (
          <PaneSelect
            key={which}
            label={t(`inspector.diff.${which}`)}
            panes={panes}
            labels={labels}
            value={(which === 'left' ? left : right).id}
            onChange={which === 'left' ? setLeftId : setRightId}
            testId={`call-diff-${which}`}
          />
        ))}
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
                <CallPairDiff
                  pair={pair}
                  leftLabel={leftLabel}
                  rightLabel={rightLabel}
                  testIdPrefix="call-diff"
                  badge={
                    <span className={`diff-badge diff-badge--${status}`}>
                      {t(`inspector.diff.status.${status}`)}
                    </span>
                  }
                />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
};
