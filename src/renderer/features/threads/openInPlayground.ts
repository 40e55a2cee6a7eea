import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { newId } from '../../stores/paneModel';
import type { OpenThread } from '../../stores/threadsSlice';
import { useUiStore } from '../../stores/uiStore';
import { useInspectorStore } from '../inspector';
import { playgroundHandoff, type PlaygroundHandoff } from './playgroundHandoff';

export interface HandoffNames {
  sessionName: string;
  paneTitle: string;
}

/**
 * What the thread becomes in the playground, worked out before anything is created (the dialog shows it).
 * `title` is the thread as people know it (customer, identifier); the script is named after it.
 */
export const planHandoff = (thread: OpenThread, title: string): PlaygroundHandoff | null =>
  thread.detail === null
    ? null
    : playgroundHandoff({
        conversationId: thread.conversationId,
        title,
        summary: thread.summary,
        detail: thread.detail,
        assistants: useAppStore.getState().assistants.list,
        scriptId: newId('script'),
        now: new Date(),
      });

/**
 * A new session with one test pane on the thread's assistant and variables, the thread's customer messages
 * saved as its replay script, and the playground showing it with the replay tab open. A session of its own
 * keeps the person's open session as it was and leaves room for the panes a replay adds.
 */
export const openInPlayground = async (
  handoff: PlaygroundHandoff,
  names: HandoffNames,
): Promise<AppError | null> => {
  const failure = await useAppStore.getState().createSession(names.sessionName);
  if (failure) return failure;
  const app = useAppStore.getState();
  const paneId = app.addPane({
    assistant: handoff.assistant,
    conversationType: 'test',
    variables: handoff.variables,
    title: names.paneTitle,
  });
  const { script } = handoff;
  if (script) app.changeSession([{ type: 'putReplayScript', script }]);
  useUiStore.getState().focusPane(paneId);
  useInspectorStore.getState().show('replay');
  useUiStore.getState().setView('playground');
  return null;
};
