import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { selectPanes } from '../../stores/panesSlice';
import { selectScrollToEntry, useTranscriptFocusStore } from '../../stores/transcriptFocusStore';
import { selectFocusedPaneId, useUiStore } from '../../stores/uiStore';
import { type AppCommand, useRegisterCommands } from '../palette';
import { InspectorPanel } from './InspectorPanel';
import { selectInspectorOpen, useInspectorStore, type InspectorTab } from './inspectorStore';

const tabCommand = (
  tab: InspectorTab,
  show: (tab: InspectorTab) => void,
  group: AppCommand['group'],
): AppCommand => ({
  id: `inspector.${tab}`,
  group,
  titleKey: `inspector.commands.${tab}`,
  run: () => show(tab),
});

/** Registers the inspector's commands (Ctrl/Cmd+I toggles it); mount once inside the playground view. */
export const useInspectorCommands = () => {
  const toggle = useInspectorStore((state) => state.toggle);
  const show = useInspectorStore((state) => state.show);
  const commands = useMemo<AppCommand[]>(
    () => [
      {
        id: 'inspector.toggle',
        group: 'inspector',
        titleKey: 'inspector.commands.toggle',
        keywords: ['function', 'calls', 'funktionsaufrufe'],
        shortcuts: [{ key: 'i', mod: true }],
        shortcutInInputs: true,
        run: toggle,
      },
      tabCommand('calls', show, 'inspector'),
      tabCommand('compare', show, 'inspector'),
      tabCommand('http', show, 'inspector'),
      tabCommand('replay', show, 'replay'),
    ],
    [toggle, show],
  );
  useRegisterCommands(commands);
};

/** The button in the playground's toolbar that opens and closes the inspector. */
export const InspectorToggleButton = () => {
  const { t } = useTranslation();
  const open = useInspectorStore(selectInspectorOpen);
  const toggle = useInspectorStore((state) => state.toggle);
  return (
    <button
      type="button"
      className="button inspector-toggle"
      aria-pressed={open}
      onClick={toggle}
      title={t('inspector.toggleHint')}
      data-testid="inspector-toggle"
    >
      {t('inspector.toggle')}
    </button>
  );
};

/** The inspector wired to the playground's panes; renders nothing while closed. */
export const PlaygroundInspector = () => {
  const open = useInspectorStore(selectInspectorOpen);
  const close = useInspectorStore((state) => state.close);
  const panes = useAppStore(selectPanes);
  const focusedPaneId = useUiStore(selectFocusedPaneId);
  const focusPane = useUiStore((state) => state.focusPane);
  const scrollToEntry = useTranscriptFocusStore(selectScrollToEntry);
  const jump = useCallback(
    (paneId: string, entryId: string) => {
      focusPane(paneId);
      scrollToEntry(paneId, entryId);
    },
    [focusPane, scrollToEntry],
  );
  if (!open) return null;
  return <InspectorPanel panes={panes} selectedPaneId={focusedPaneId} onJumpToEntry={jump} onClose={close} />;
};
