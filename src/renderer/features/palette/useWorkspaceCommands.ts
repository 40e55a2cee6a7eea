import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { useAppStore } from '../../stores/appStore';
import { selectFocusedPaneId, useUiStore } from '../../stores/uiStore';
import { downloadFile } from '../threads/download';
import type { AppCommand, QueryCommand } from './commandRegistry';
import { useRegisterCommands } from './useRegisterCommands';

/** Palette entries for the sessions, panes and threads: they call the same store actions as the buttons do. */
export const useWorkspaceCommands = () => {
  const { t } = useTranslation();
  const focusedPaneId = useUiStore(selectFocusedPaneId);
  const hasSession = useAppStore((state) => state.sessions.current !== null);
  const sessionCount = useAppStore((state) => state.sessions.list.length);

  const commands = useMemo<AppCommand[]>(() => {
    const app = () => useAppStore.getState();
    const inPlayground = () => useUiStore.getState().setView('playground');
    const onFocusedPane = (run: (paneId: string) => void) => () => {
      if (focusedPaneId) run(focusedPaneId);
    };
    const exportSessions = async () => {
      const result = await call('sessions:export', { redactSecrets: true });
      if (result.ok)
        downloadFile({
          fileName: result.data.fileName,
          text: result.data.json,
          mimeType: 'application/json',
        });
    };
    const list: AppCommand[] = [
      {
        id: 'session.new',
        group: 'session',
        titleKey: 'palette.commands.newSession',
        run: () => {
          inPlayground();
          void app().createSession(t('palette.commands.newSessionName', { number: sessionCount + 1 }));
        },
      },
      {
        id: 'session.export',
        group: 'session',
        titleKey: 'palette.commands.exportSessions',
        keywords: ['export', 'backup', 'download'],
        run: () => void exportSessions(),
      },
    ];
    if (hasSession) {
      list.push({
        id: 'pane.add',
        group: 'playground',
        titleKey: 'palette.commands.addPane',
        run: () => {
          inPlayground();
          app().addPane();
        },
      });
    }
    if (hasSession && focusedPaneId) {
      list.push(
        {
          id: 'pane.duplicate',
          group: 'playground',
          titleKey: 'palette.commands.duplicatePane',
          run: onFocusedPane((id) => app().duplicatePane(id)),
        },
        {
          id: 'pane.reset',
          group: 'playground',
          titleKey: 'palette.commands.resetPane',
          run: onFocusedPane((id) => app().resetPane(id)),
        },
        {
          id: 'pane.close',
          group: 'playground',
          titleKey: 'palette.commands.closePane',
          run: onFocusedPane((id) => app().closePane(id)),
        },
      );
    }
    return list;
  }, [t, focusedPaneId, hasSession, sessionCount]);

  const queryCommands = useMemo<QueryCommand[]>(
    () => [
      {
        id: 'thread.open',
        group: 'navigation',
        titleKey: 'palette.commands.openThread',
        run: (query) => {
          useUiStore.getState().setView('threads');
          void useAppStore.getState().openThreadById(query);
        },
      },
    ],
    [],
  );
  useRegisterCommands(commands, queryCommands);
};
