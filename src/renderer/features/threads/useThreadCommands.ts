import { useMemo } from 'react';
import type { ExportFormat } from '../../../shared/export/model';
import { exportThread, type ThreadExportInput } from '../../../shared/export/thread';
import { downloadExport } from '../../lib/downloadExport';
import { useAppStore } from '../../stores/appStore';
import { type AppCommand, useRegisterCommands } from '../palette';

const EXPORTS: { format: ExportFormat; titleKey: AppCommand['titleKey'] }[] = [
  { format: 'markdown', titleKey: 'palette.commands.exportThreadMarkdown' },
  { format: 'json', titleKey: 'palette.commands.exportThreadJson' },
  { format: 'html', titleKey: 'palette.commands.exportThreadHtml' },
];

/** What the reader's palette entries act on; stable functions, so the entries are registered once per thread. */
export interface ReaderCommandTargets {
  /** Null until the thread has loaded: no export before there is something to export. */
  exportInput: ThreadExportInput | null;
  focusSearch(): void;
  scrollToLatest(): void;
  scrollToFirst(): void;
}

/**
 * Palette entries for what the open thread's buttons do. The buttons that ask first register their own (AiControl's
 * takeover switch, OpenInPlaygroundButton), so the palette opens the same confirmation.
 */
export const useThreadReaderCommands = ({
  exportInput,
  focusSearch,
  scrollToLatest,
  scrollToFirst,
}: ReaderCommandTargets) => {
  const commands = useMemo<AppCommand[]>(() => {
    const app = () => useAppStore.getState();
    const list: AppCommand[] = [
      {
        id: 'thread.back',
        group: 'threads',
        titleKey: 'palette.commands.threadBack',
        keywords: ['list', 'liste', 'close', 'schließen'],
        run: () => app().closeThread(),
      },
      {
        id: 'thread.refresh',
        group: 'threads',
        titleKey: 'palette.commands.threadRefresh',
        keywords: ['reload', 'aktualisieren'],
        run: () => void app().refreshOpenThread(),
      },
      {
        id: 'thread.search',
        group: 'threads',
        titleKey: 'palette.commands.threadSearch',
        keywords: ['find', 'suchen'],
        run: focusSearch,
      },
      {
        id: 'thread.latest',
        group: 'threads',
        titleKey: 'palette.commands.threadLatest',
        keywords: ['end', 'newest', 'neueste'],
        run: scrollToLatest,
      },
      {
        id: 'thread.oldest',
        group: 'threads',
        titleKey: 'palette.commands.threadOldest',
        keywords: ['start', 'first', 'erste'],
        run: scrollToFirst,
      },
    ];
    if (exportInput) {
      for (const { format, titleKey } of EXPORTS) {
        list.push({
          id: `thread.export.${format}`,
          group: 'threads',
          titleKey,
          keywords: ['export', 'download', 'share', format],
          run: () => void downloadExport(exportThread(exportInput, format, new Date())),
        });
      }
    }
    return list;
  }, [exportInput, focusSearch, scrollToLatest, scrollToFirst]);
  useRegisterCommands(commands);
};

/** The thread list's own entry: load its first page again (what the list shows can change at any time). */
export const useThreadListCommands = () => {
  const commands = useMemo<AppCommand[]>(
    () => [
      {
        id: 'threads.reload',
        group: 'threads',
        titleKey: 'palette.commands.threadsReload',
        keywords: ['refresh', 'aktualisieren', 'threads', 'verläufe'],
        run: () => void useAppStore.getState().loadThreadPage(null, 1),
      },
    ],
    [],
  );
  useRegisterCommands(commands);
};
