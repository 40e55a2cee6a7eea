import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationToTest } from '../../../shared/testSuite/caseFromConversation';
import type { AppError } from '../../../shared/result';
import { describeError } from '../../lib/describeError';
import { saveConversationAsTest, suiteFileName } from './saveAsTest';

interface SaveAsTestButtonProps {
  /** The conversation as it is now, or null while it cannot be a test (nothing sent yet, still loading). */
  conversation: () => ConversationToTest | null;
  /** What the file is named after: the pane's or the thread's name. */
  fileStem: string;
  /** The file's first comment: where it was made from (asked when saving, so its date is today's). */
  origin: () => string;
  /** Why it cannot be saved now, or null when it can. */
  unavailable: string | null;
  testId: string;
}

/** "Save as test": the conversation downloaded as a suite file, with why it was not saved shown under it. */
export const SaveAsTestButton = ({
  conversation,
  fileStem,
  origin,
  unavailable,
  testId,
}: SaveAsTestButtonProps) => {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const save = () => {
    const source = conversation();
    if (!source) return;
    const fileName = suiteFileName(fileStem);
    setFailure(null);
    setSaving(true);
    void saveConversationAsTest(source, fileName, [
      origin(),
      t('testSuites.file.suggestions'),
      t('testSuites.file.run', { file: fileName }),
    ]).then((error) => {
      setSaving(false);
      setFailure(error);
    });
  };
  return (
    <span className="save-as-test">
      <button
        type="button"
        className="button button--small"
        data-testid={testId}
        disabled={unavailable !== null || saving}
        aria-busy={saving}
        title={unavailable ?? t('testSuites.saveAsTestHint')}
        onClick={save}
      >
        {t('testSuites.saveAsTest')}
      </button>
      {failure && (
        <span role="alert" className="save-as-test__failure" data-testid={`${testId}-failure`}>
          {describeError(t, failure)}
        </span>
      )}
    </span>
  );
};
