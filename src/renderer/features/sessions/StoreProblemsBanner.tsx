import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';

// Reasons are whole sentences and the messages add their own full stop after them.
const withoutFullStop = (reason: string) => reason.trim().replace(/\.+$/, '');

/** What `sessions:load` found wrong with saved files, and where each unreadable file was moved. */
export const StoreProblemsBanner = () => {
  const { t } = useTranslation();
  const problems = useAppStore((state) => state.sessions.problems);
  const dismissProblems = useAppStore((state) => state.dismissProblems);
  if (problems.length === 0) return null;
  return (
    <div className="banner banner--warning" role="alert" data-testid="store-problems">
      <div className="banner__body">
        <strong>{t('sessions.problemsTitle')}</strong>
        <ul>
          {problems.map((problem) => (
            <li key={problem.file}>
              {problem.movedTo
                ? t('sessions.problemMoved', {
                    file: problem.file,
                    reason: withoutFullStop(problem.reason),
                    movedTo: problem.movedTo,
                  })
                : t('sessions.problemKept', { file: problem.file, reason: withoutFullStop(problem.reason) })}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="banner__close"
        data-testid="store-problems-dismiss"
        onClick={dismissProblems}
      >
        {t('sessions.dismiss')}
      </button>
    </div>
  );
};
