import { useMemo } from 'react';
import { useAppStore } from '../../stores/appStore';
import { retryAllowedAt, selectPaneRuntime } from '../../stores/conversationSlice';
import { selectPane, selectPanes, selectVariableSets } from '../../stores/panesSlice';
import { selectFocusedPaneId, useUiStore } from '../../stores/uiStore';
import { type AppCommand, useRegisterCommands } from '../palette';
import { useSecondsUntil } from '../../lib/useSecondsUntil';

/**
 * Palette entries for what the focused pane's buttons do (variables, type, Cancel, Retry) and for applying a
 * saved variable set everywhere; each is listed only while it can run.
 */
export const usePaneCommands = () => {
  const focusedPaneId = useUiStore(selectFocusedPaneId);
  const pane = useAppStore(selectPane(focusedPaneId ?? ''));
  const runtime = useAppStore(selectPaneRuntime(focusedPaneId ?? ''));
  const variableSets = useAppStore(selectVariableSets);
  const inFlight = runtime.inFlight !== null;
  // While a rate limit runs out, Retry would be refused: the palette offers it when the pane's button does.
  const waitLeft = useSecondsUntil(runtime.failure ? retryAllowedAt(runtime.failure) : null);
  const retryable = runtime.failure !== null && !waitLeft;
  const paneId = pane?.id ?? null;
  const type = pane?.conversationType ?? null;

  const commands = useMemo<AppCommand[]>(() => {
    const app = () => useAppStore.getState();
    const list: AppCommand[] = variableSets.map((set) => ({
      id: `variables.applyAll.${set.id}`,
      group: 'playground',
      titleKey: 'palette.commands.applyVariableSet',
      titleValues: { name: set.name },
      keywords: ['variables', 'variablen', set.name],
      run: () =>
        app().applyVariables(
          selectPanes(app()).map((item) => item.id),
          set.variables,
        ),
    }));
    if (paneId === null) return list;
    list.push({
      id: 'pane.variables',
      group: 'playground',
      titleKey: 'palette.commands.editVariables',
      keywords: ['variables', 'variablen'],
      run: () => useUiStore.getState().openVariableEditor(paneId),
    });
    const otherType = type === 'widget' ? 'test' : 'widget';
    list.push({
      id: 'pane.type',
      group: 'playground',
      titleKey: otherType === 'widget' ? 'palette.commands.makeWidget' : 'palette.commands.makeTest',
      keywords: ['test', 'widget', 'billed'],
      run: () => app().configurePane(paneId, { conversationType: otherType }),
    });
    if (inFlight) {
      list.push({
        id: 'pane.cancel',
        group: 'playground',
        titleKey: 'palette.commands.cancelMessage',
        run: () => app().cancelPane(paneId),
      });
    }
    if (retryable) {
      list.push({
        id: 'pane.retry',
        group: 'playground',
        titleKey: 'palette.commands.retryMessage',
        run: () => void app().retryPane(paneId),
      });
    }
    return list;
  }, [paneId, type, inFlight, retryable, variableSets]);
  useRegisterCommands(commands);
};
