import type { ParseKeys } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addPaneAndFocus } from '../playground';
import { conversationIdFromText } from '../../../shared/deepLink';
import type { ExportFormat } from '../../../shared/export/model';
import { useAppStore } from '../../stores/appStore';
import { selectFocusedPaneId, useUiStore } from '../../stores/uiStore';
import { downloadSessionExport } from '../sessions';
import { exportAllSessions } from '../settings';
import type { AppCommand, QueryCommand } from './commandRegistry';
import { useRegisterCommands } from './useRegisterCommands';

const SESSION_EXPORTS: { format: ExportFormat; titleKey: ParseKeys }[] = [
  { format: 'markdown', titleKey: 'palette.commands.exportSessionMarkdown' },
  { format: 'json', titleKey: 'palette.commands.exportSessionJson' },
  { format: 'html', titleKey: 'palette.commands.exportSessionHtml' },
];

/** Palette entries for the sessions, panes and threads: they call the same store actions as the buttons do. */
export const useWorkspaceCommands = () => {
  const { t } = useTranslation();
  const focusedPaneId = useUiStore(selectFocusedPaneId);
  const sessionId = useAppStore((state) => state.sessions.current?.id ?? null);
  const sessionCount = useAppStore((state) => state.sessions.list.length);

  const commands = useMemo<AppCommand[]>(() => {
    const app = () => useAppStore.getState();
    const inPlayground = () => useUiStore.getState().setView('playground');
    const onFocusedPane = (run: (paneId: string) => void) => () => {
      if (focusedPaneId) run(focusedPaneId);
    };
    const exportOpenSession = (format: ExportFormat) => () => {
      const session = app().sessions.current;
      if (session) void downloadSessionExport(session, format);
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
        run: () => void exportAllSessions(true),
      },
    ];
    if (sessionId !== null) {
      list.push(
        {
          id: 'session.duplicate',
          group: 'session',
          titleKey: 'palette.commands.duplicateSession',
          run: () => void app().duplicateSession(sessionId),
        },
        {
          id: 'session.delete',
          group: 'session',
          titleKey: 'palette.commands.deleteSession',
          run: () => void app().deleteSession(sessionId),
        },
        ...SESSION_EXPORTS.map(({ format, titleKey }): AppCommand => ({
          id: `session.export.${format}`,
          group: 'session',
          titleKey,
          keywords: ['export', 'download', 'share', format],
          run: exportOpenSession(format),
        })),
      );
      list.push({
        id: 'pane.add',
        group: 'playground',
        titleKey: 'palette.commands.addPane',
        run: () => {
          inPlayground();
          addPaneAndFocus();
        },
      });
    }
    if (sessionId !== null && focusedPaneId) {
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
  }, [t, focusedPaneId, sessionId, sessionCount]);

  const queryCommands = useMemo<QueryCommand[]>(
    () => [
      ...(sessionId === null
        ? []
        : [
            {
              id: 'session.rename',
              group: 'session' as const,
              titleKey: 'palette.commands.renameSession' as const,
              prefixes: ['rename', 'umbenennen'],
              run: (name: string) => void useAppStore.getState().renameSession(sessionId, name.trim()),
            },
          ]),
      {
        id: 'thread.open',
        group: 'navigation',
        titleKey: 'palette.commands.openThread',
        // A bare UUID or a pasted famulor-playground://conversation/<uuid> link; other text offers nothing.
        parse: conversationIdFromText,
        run: (conversationId) => {
          useUiStore.getState().setView('threads');
          void useAppStore.getState().openThreadById(conversationId);
        },
      },
    ],
    [sessionId],
  );
  useRegisterCommands(commands, queryCommands);
};
