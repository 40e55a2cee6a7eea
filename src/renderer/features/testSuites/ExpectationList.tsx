import { useTranslation } from 'react-i18next';
import type { ExpectationOutcome } from '../../../shared/testSuite/report';
import { expectationFinding, expectationTitle } from './expectationWords';

/** A turn's (or a case's) expectations: each ticked or crossed, a crossed one with what came back instead. */
export const ExpectationList = ({ outcomes }: { outcomes: ExpectationOutcome[] }) => {
  const { t, i18n } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <ul className="tests-expectations">
      {outcomes.map((outcome, index) => (
        <li
          key={index}
          className={outcome.passed ? 'tests-expectation' : 'tests-expectation tests-expectation--failed'}
          data-testid={outcome.passed ? 'expectation-passed' : 'expectation-failed'}
        >
          <span aria-hidden>{outcome.passed ? '✓' : '✗'}</span> {expectationTitle(t, outcome, i18n.language)}
          {!outcome.passed && <> — {expectationFinding(t, outcome, i18n.language)}</>}{' '}
          <span className="tests-expectation__line">{t('tests.lineRef', { line: outcome.line })}</span>
        </li>
      ))}
    </ul>
  );
};
