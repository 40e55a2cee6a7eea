import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../../components/ExportMenu';
import { useAppStore } from '../../stores/appStore';
import { selectCurrentSession } from '../../stores/sessionsSlice';
import { downloadSessionExport, useSessionExportFailure } from './sessionExport';

/** "Export session": the open session, as it is on screen, as Markdown, JSON or an HTML report. */
export const SessionExportMenu = () => {
  const { t } = useTranslation();
  const hasSession = useAppStore((state) => selectCurrentSession(state) !== null);
  const failure = useSessionExportFailure((state) => state.failure);
  return (
    <ExportMenu
      label={t('sessions.export.button')}
      testId="session-export"
      disabled={!hasSession}
      size="regular"
      failure={failure}
      onExport={(format) => {
        // Read at click time: the session changes with every message, and the menu need not re-render for it.
        const session = selectCurrentSession(useAppStore.getState());
        if (session) void downloadSessionExport(session, format);
      }}
    />
  );
};
