import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { CallPairDiff, pairCalls } from '../inspector';
import { alignTurns, type TurnReply } from './alignTurns';
import { isIdentical, wordDiff } from './wordDiff';
import { WordDiffText } from './WordDiffText';

export interface ReplayDiffViewProps {
  /** The compared panes; the first is the baseline the others are diffed against. */
  panes: readonly Pane[];
  labels: ReadonlyMap<string, string>;
}

const CallsComparison = ({
  baseline,
  other,
  baselineLabel,
  otherLabel,
}: {
  baseline: TurnReply;
  other: TurnReply;
  baselineLabel: string;
  otherLabel: string;
}) => {
  const { t } = useTranslation();
  const pairs = pairCalls(baseline.functionCalls, other.functionCalls);
  if (pairs.length === 0) return null;
  const changed = pairs.filter((pair) => pair.changed);
  if (changed.length === 0) {
    return (
      <p className="replay-diff__calls-same" data-testid="replay-calls-same">
        {t('replay.diff.callsSame', { names: pairs.map((pair) => pair.name).join(', ') })}
      </p>
    );
  }
  return (
    <div className="replay-diff__calls" data-testid="replay-calls-changed">
      {changed.map((pair, index) => (
        <div key={`${pair.name}-${index}`} className="call-card replay-diff__call">
          <CallPairDiff
            pair={pair}
            leftLabel={baselineLabel}
            rightLabel={otherLabel}
            testIdPrefix="replay-call"
            badge={
              pair.left === null || pair.right === null ? (
                <span className="diff-badge diff-badge--changed">
                  {t(pair.left === null ? 'replay.diff.onlyIn' : 'replay.diff.missingIn', {
                    pane: otherLabel,
                  })}
                </span>
              ) : null
            }
          />
        </div>
      ))}
    </div>
  );
};

/** The replies and function calls of several panes turn by turn, each compared with the first pane's. */
export const ReplayDiffView = ({ panes, labels }: ReplayDiffViewProps) => {
  const { t } = useTranslation();
  const turns = useMemo(() => alignTurns(panes.map((pane) => pane.transcript)), [panes]);
  const [baselinePane] = panes;
  if (!baselinePane || turns.length === 0) {
    return <p className="inspector-empty">{t('replay.diff.empty')}</p>;
  }
  const label = (pane: Pane) => labels.get(pane.id) ?? pane.id;
  return (
    <ol className="replay-diff" data-testid="replay-diff">
      {turns.map((turn) => {
        const [baseline, ...others] = turn.replies;
        return (
          <li key={turn.turn} className="replay-turn" data-testid="replay-turn">
            <header className="replay-turn__header">
              <span className="replay-turn__number">{t('inspector.turn', { turn: turn.turn })}</span>
              <span className="replay-turn__message" data-testid="replay-turn-message">
                {turn.userMessage}
              </span>
            </header>
            <div
              className="replay-turn__replies"
              style={{ gridTemplateColumns: `repeat(${panes.length}, 1fr)` }}
            >
              <section className="replay-reply" data-testid="replay-reply">
                <h4>{label(baselinePane)}</h4>
                {baseline ? (
                  <p className={baseline.failed ? 'word-diff word-diff--failed' : 'word-diff'}>
                    {baseline.reply}
                  </p>
                ) : (
                  <p className="inspector-empty">{t('replay.diff.noReply')}</p>
                )}
              </section>
              {others.map((reply, index) => {
                const pane = panes[index + 1];
                if (!pane) return null;
                const segments = wordDiff(baseline?.reply ?? '', reply?.reply ?? '');
                return (
                  <section key={pane.id} className="replay-reply" data-testid="replay-reply">
                    <h4>
                      {label(pane)}
                      {/* Read as "Berlin customer, identical", not as one word. */}
                      <span className="visually-hidden">, </span>
                      <span
                        className={`diff-badge diff-badge--${isIdentical(segments) ? 'same' : 'changed'}`}
                      >
                        {t(isIdentical(segments) ? 'replay.diff.identical' : 'replay.diff.different')}
                      </span>
                    </h4>
                    {reply ? (
                      <WordDiffText segments={segments} testId="replay-reply-diff" />
                    ) : (
                      <p className="inspector-empty">{t('replay.diff.noReply')}</p>
                    )}
                  </section>
                );
              })}
            </div>
            {baseline
              ? others.map((reply, index) => {
                  const pane = panes[index + 1];
                  return reply && pane ? (
                    <CallsComparison
                      key={pane.id}
                      baseline={baseline}
                      other={reply}
                      baselineLabel={label(baselinePane)}
                      otherLabel={label(pane)}
                    />
                  ) : null;
                })
              : null}
          </li>
        );
      })}
    </ol>
  );
};
