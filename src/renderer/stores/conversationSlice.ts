import type { StateCreator } from 'zustand';
import type { Pane } from '../../shared/domain/session';
import { MAX_MESSAGE_LENGTH } from '../../shared/limits';
import { characterCount } from '../../shared/text';
import type { ErrorParams, ErrorReason } from '../../shared/errorReasons';
import type { AppError } from '../../shared/result';
import { call } from '../lib/api';
import type { AppState } from './appStore';
import { historyEntries, transcriptEntry } from './paneModel';
import { isOnOtherProfile } from './panesSlice';

/** What a pane is doing right now; not saved (a restart forgets what was in flight, the draft keeps its text). */
export interface PaneRuntime {
  inFlight: { text: string; startedAt: number } | null;
  /**
   * The last send that failed, with its text so that Retry can send it again, and when it failed (Date.now),
   * from which a rate limit's retryAfterMs counts down.
   */
  failure: { text: string; error: AppError; at: number } | null;
}

export interface ConversationSlice {
  runtime: Record<string, PaneRuntime>;
  /** Sends one message to each pane (creating its conversation on the first send); resolves when all answered. */
  sendToPanes(paneIds: string[], text: string): Promise<void>;
  cancelPane(id: string): void;
  retryPane(id: string): Promise<void>;
  dismissFailure(id: string): void;
  forgetPaneRuntime(id: string): void;
}

const IDLE: PaneRuntime = { inFlight: null, failure: null };

const localError = (reason: ErrorReason, params?: ErrorParams): AppError => ({
  code: 'validation',
  reason,
  ...(params ? { params } : {}),
});

export const createConversationSlice: StateCreator<AppState, [], [], ConversationSlice> = (set, get) => {
  const controllers = new Map<string, AbortController>();
  const setRuntime = (id: string, runtime: PaneRuntime) =>
    set((state) => ({ runtime: { ...state.runtime, [id]: runtime } }));
  const paneById = (id: string) => get().sessions.current?.panes.find((pane) => pane.id === id) ?? null;

  /** Keeps the text: back into an empty draft, and in the failure for Retry. */
  const fail = (id: string, text: string, error: AppError) => {
    setRuntime(id, {
      inFlight: null,
      failure: error.code === 'cancelled' ? null : { text, error, at: Date.now() },
    });
    get().changeSession([{ type: 'replaceDraft', paneId: id, from: '', to: text }]);
  };

  const createConversation = async (pane: Pane, signal: AbortSignal) => {
    if (!pane.assistant.uuid) {
      return {
        ok: false as const,
        error: localError('assistant_not_chosen'),
      };
    }
    const startedAt = Date.now();
    const created = await call(
      'conversation:create',
      {
        assistantUuid: pane.assistant.uuid,
        type: pane.conversationType,
        variables: pane.variables,
        tag: pane.id,
      },
      { signal },
    );
    return created.ok ? { ...created, latencyMs: Date.now() - startedAt } : created;
  };

  const sendToPane = async (id: string, text: string) => {
    const pane = paneById(id);
    if (!pane || controllers.has(id) || text.trim() === '') return;
    if (characterCount(text) > MAX_MESSAGE_LENGTH) {
      fail(id, text, localError('message_too_long', { max: MAX_MESSAGE_LENGTH }));
      return;
    }
    // Main sends with the active profile's key and address: another account would not know this conversation.
    const { activeId: activeProfileId, list: profiles } = get().profiles;
    if (isOnOtherProfile(pane, get())) {
      const owner = profiles.find((profile) => profile.id === pane.profileId);
      fail(
        id,
        text,
        localError('conversation_on_other_profile', { profile: owner?.name ?? pane.profileId ?? '' }),
      );
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    // Cancel, reset or close hand the pane on: whatever this send learns afterwards is no longer the pane's.
    const superseded = () => controllers.get(id) !== controller;
    controllers.set(id, controller);
    setRuntime(id, { inFlight: { text, startedAt: Date.now() }, failure: null });
    try {
      let conversationId = pane.conversationId;
      if (!conversationId) {
        if (activeProfileId === null) return fail(id, text, localError('store_not_loaded'));
        const created = await createConversation(pane, signal);
        if (superseded()) return;
        if (!created.ok) return fail(id, text, created.error);
        conversationId = created.data.conversationId;
        const opening = historyEntries(created.data.history, new Date(), created.latencyMs);
        get().changeSession([
          {
            type: 'appendEntries',
            paneId: id,
            entries: opening,
            started: { conversationId, profileId: activeProfileId },
          },
        ]);
      }
      const sentAt = new Date();
      const userMessagesBefore = (paneById(id)?.transcript ?? []).filter(
        (entry) => entry.role === 'user',
      ).length;
      const reply = await call(
        'conversation:send',
        { conversationId, message: text, userMessagesBefore, tag: id },
        { signal },
      );
      if (superseded()) return;
      if (!reply.ok) return fail(id, text, reply.error);
      const answeredAt = new Date();
      get().changeSession([
        {
          type: 'appendEntries',
          paneId: id,
          billed: true,
          entries: [
            transcriptEntry('user', text, sentAt),
            transcriptEntry(
              'assistant',
              reply.data.message,
              answeredAt,
              answeredAt.getTime() - sentAt.getTime(),
              reply.data.functionCalls,
            ),
          ],
        },
      ]);
      setRuntime(id, IDLE);
    } finally {
      if (!superseded()) controllers.delete(id);
    }
  };

  return {
    runtime: {},
    async sendToPanes(paneIds, text) {
      await Promise.all(paneIds.map((id) => sendToPane(id, text)));
    },
    cancelPane(id) {
      const controller = controllers.get(id);
      if (!controller) return;
      controllers.delete(id);
      controller.abort();
      const text = get().runtime[id]?.inFlight?.text ?? '';
      fail(id, text, { code: 'cancelled', reason: 'cancelled' });
    },
    async retryPane(id) {
      const failure = get().runtime[id]?.failure;
      if (!failure || Date.now() < retryAllowedAt(failure)) return;
      get().changeSession([{ type: 'replaceDraft', paneId: id, from: failure.text, to: '' }]);
      await sendToPane(id, failure.text);
    },
    dismissFailure: (id) => setRuntime(id, { ...(get().runtime[id] ?? IDLE), failure: null }),
    forgetPaneRuntime(id) {
      set((state) => {
        const { [id]: _forgotten, ...rest } = state.runtime;
        return { runtime: rest };
      });
    },
  };
};

/** When a failed send may go again: after a rate limit's retryAfterMs (counted from the failure), else now. */
export const retryAllowedAt = (failure: NonNullable<PaneRuntime['failure']>): number =>
  failure.error.code === 'rate_limited' && failure.error.retryAfterMs !== undefined
    ? failure.at + failure.error.retryAfterMs
    : failure.at;

/** What the pane is doing right now (a message in flight, the last failure). */
export const selectPaneRuntime = (id: string) => (state: AppState) => state.runtime[id] ?? IDLE;
export const selectAnyInFlight = (state: AppState) =>
  Object.values(state.runtime).some((runtime) => runtime.inFlight !== null);
