import { create } from 'zustand';
import type { ConversationType, Variables } from '../../../shared/domain/famulor';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { selectPanes } from '../../stores/panesSlice';
import { runReplay, type ReplayProgress, type SendToPane } from './runReplay';
import type { PaneAssistant, ReplayScript } from '../../../shared/domain/session';

/** One fresh pane a replay plays into. */
export interface ReplayTarget {
  /** Another assistant than the script's (the prompt lab plays one script to an assistant and its copies). */
  assistant?: PaneAssistant;
  conversationType: ConversationType;
  variables: Variables;
  /** Becomes the pane's title, e.g. "Replay · widget · VIP". */
  title: string;
}

export interface ReplayRunState {
  scriptName: string;
  paneIds: string[];
  status: 'running' | 'done' | 'cancelled' | 'failed';
  progress: ReplayProgress;
  error: AppError | null;
  failedPaneId: string | null;
}

export type StartProblem = 'noRoom' | 'noTargets' | 'busy';

interface ReplayState {
  run: ReplayRunState | null;
  start(script: ReplayScript, targets: readonly ReplayTarget[]): StartProblem | null;
  cancel(): void;
  dismiss(): void;
}

/** Sends through the playground's own send, so replayed messages look and persist like typed ones. */
const sendThroughPlayground: SendToPane = async (paneId, message, signal) => {
  const app = useAppStore.getState();
  if (!selectPanes(app).some((pane) => pane.id === paneId)) {
    return { ok: false, error: { code: 'cancelled', reason: 'pane_gone' } };
  }
  const cancel = () => app.cancelPane(paneId);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await app.sendToPanes([paneId], message);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  const failure = useAppStore.getState().runtime[paneId]?.failure;
  return failure ? { ok: false, error: failure.error } : { ok: true };
};

let controller: AbortController | null = null;

/** The replay in progress (or the last one, whose panes the diff compares), one at a time. */
export const useReplayStore = create<ReplayState>()((set, get) => ({
  run: null,
  start(script, targets) {
    if (get().run?.status === 'running') return 'busy';
    if (targets.length === 0) return 'noTargets';
    const app = useAppStore.getState();
    if (selectPanes(app).length + targets.length > MAX_PANES) return 'noRoom';
    const paneIds = targets
      .map(({ assistant = script.assistant, ...target }) => app.addPane({ assistant, ...target }))
      .filter((id): id is string => id !== null);
    app.changeSession([{ type: 'setComparison', comparison: { scriptName: script.name, paneIds } }]);
    const current = new AbortController();
    controller = current;
    set({
      run: {
        scriptName: script.name,
        paneIds,
        status: 'running',
        progress: { completed: 0, total: script.messages.length },
        error: null,
        failedPaneId: null,
      },
    });
    const update = (change: Partial<ReplayRunState>) =>
      set((state) => (state.run && controller === current ? { run: { ...state.run, ...change } } : state));
    void runReplay({
      messages: script.messages,
      paneIds,
      send: sendThroughPlayground,
      signal: current.signal,
      onProgress: (progress) => update({ progress }),
    }).then((outcome) =>
      update(
        outcome.status === 'failed'
          ? { status: 'failed', error: outcome.error, failedPaneId: outcome.paneId }
          : { status: outcome.status },
      ),
    );
    return null;
  },
  cancel() {
    controller?.abort();
  },
  dismiss() {
    if (get().run?.status === 'running') return;
    controller = null;
    set({ run: null });
    useAppStore.getState().changeSession([{ type: 'setComparison', comparison: null }]);
  },
}));

export const selectReplayRun = (state: ReplayState) => state.run;
