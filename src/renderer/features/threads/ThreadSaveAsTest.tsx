import { useTranslation } from 'react-i18next';
import type { ThreadExportInput } from '../../../shared/export/thread';
import { SaveAsTestButton } from '../testSuites';

/**
 * A customer thread as a test: its customer's messages replayed in a free test conversation with the same
 * assistant, expecting what the assistant replied and called. Needs the whole thread and its assistant (known from
 * the thread list; a thread opened by its id alone does not say which assistant it has).
 */
export const ThreadSaveAsTest = ({ thread, title }: { thread: ThreadExportInput | null; title: string }) => {
  const { t, i18n } = useTranslation();
  const assistantId = thread?.summary?.assistantId ?? null;
  const unavailable = !thread
    ? t('testSuites.threadLoading')
    : assistantId === null
      ? t('testSuites.assistantUnknown')
      : thread.detail.history.some((entry) => entry.role === 'user')
        ? null
        : t('testSuites.nothingToSave');
  return (
    <SaveAsTestButton
      testId="thread-save-as-test"
      unavailable={unavailable}
      fileStem={title}
      origin={() =>
        t('testSuites.file.fromThread', {
          id: thread?.conversationId ?? '',
          date: new Date().toLocaleDateString(i18n.language),
        })
      }
      conversation={() =>
        thread && assistantId !== null
          ? {
              suiteName: title,
              caseName: title,
              assistant: {
                name: thread.summary?.assistantName ?? String(assistantId),
                uuid: typeof assistantId === 'string' ? assistantId : null,
              },
              type: 'test',
              variables: thread.detail.variables ?? {},
              variableSetName: t('testSuites.variableSet'),
              entries: thread.detail.history,
            }
          : null
      }
    />
  );
};
