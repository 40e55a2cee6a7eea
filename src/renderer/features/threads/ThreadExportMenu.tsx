import { useTranslation } from 'react-i18next';
import { exportThread, type ThreadExportInput } from '../../../shared/export/thread';
import { ExportMenu } from '../../components/ExportMenu';
import { downloadFile } from '../../lib/files';

/** Downloads the open thread as Markdown, JSON or a self-contained HTML report; disabled until it has loaded. */
export const ThreadExportMenu = ({ thread }: { thread: ThreadExportInput | null }) => {
  const { t } = useTranslation();
  return (
    <ExportMenu
      label={t('threads.export.button')}
      testId="thread-export"
      disabled={thread === null}
      onExport={(format) => {
        if (thread) downloadFile(exportThread(thread, format, new Date()));
      }}
    />
  );
};
