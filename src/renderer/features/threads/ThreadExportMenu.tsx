import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { exportThread, type ThreadExportInput } from '../../../shared/export/thread';
import { ExportMenu } from '../../components/ExportMenu';
import { downloadExport } from '../../lib/downloadExport';

/** Downloads the open thread as Markdown, JSON or a self-contained HTML report; disabled until it has loaded. */
export const ThreadExportMenu = ({ thread }: { thread: ThreadExportInput | null }) => {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AppError | null>(null);
  return (
    <ExportMenu
      label={t('threads.export.button')}
      testId="thread-export"
      disabled={thread === null}
      failure={failure}
      onExport={(format) => {
        if (!thread) return;
        setFailure(null);
        void downloadExport(exportThread(thread, format, new Date())).then(setFailure);
      }}
    />
  );
};
