import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { storeProblemText } from './storeProblemText';

/** Every file main reset, moved aside or kept for recovery; shown at every start until dismissed. */
export const StoreProblemsBanner = () => {
  const { t } = useTranslation();
  const problems = useAppStore((state) => state.sessions.problems);
  const dismissProblems = useAppStore((state) => state.dismissProblems);
  if (problems.length === 0) return null;
  return (
    <div className="banner banner--warning" role="alert" data-testid="store-problems">
      <div className="banner__body">
        <strong>{t('storeProblems.title')}</strong>
        <ul>
          {problems.map((problem) => (
            <li key={problem.id} data-testid="store-problem">
              {storeProblemText(t, problem)}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="banner__close"
        data-testid="store-problems-dismiss"
        onClick={() => void dismissProblems()}
      >
        {t('storeProblems.dismiss')}
      </button>
    </div>
  );
};
