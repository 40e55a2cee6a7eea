import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldDiffTable } from './FieldDiffTable';
import type { CallPair } from './pairCalls';
import '../../components/functionCallCard.css';

interface CallPairDiffProps {
  pair: CallPair;
  leftLabel: string;
  rightLabel: string;
  /** How the pair differs, next to the function name (absent when the heading needs none). */
  badge?: ReactNode;
  /** The tables get `<prefix>-arguments` and `<prefix>-result`. */
  testIdPrefix: string;
}

/** Two matched calls of one function: its name, then the arguments and the result compared field by field. */
export const CallPairDiff = ({ pair, leftLabel, rightLabel, badge, testIdPrefix }: CallPairDiffProps) => {
  const { t } = useTranslation();
  return (
    <>
      <header className="call-card__header">
        <span className="call-card__icon" aria-hidden>
          ƒ
        </span>
        <h3 className="call-card__name" title={pair.name}>
          {pair.name}
        </h3>
        {badge}
      </header>
      {(['arguments', 'result'] as const).map((part) => (
        <FieldDiffTable
          key={part}
          caption={t(`functionCallCard.${part}`)}
          fields={pair[part]}
          leftLabel={leftLabel}
          rightLabel={rightLabel}
          testId={`${testIdPrefix}-${part}`}
        />
      ))}
    </>
  );
};
