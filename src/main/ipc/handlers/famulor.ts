import type { famulorChannels } from '../../../shared/ipc/channels/famulor';
import type { CallOptions } from '../../famulor/client';
import { sendMessageReconciled } from '../../famulor/reconcile';
import type { FamulorGateway } from '../../famulor/gateway';
import type { HistoryHolds } from '../../famulor/historyHolds';
import type { EventBus } from '../../events';
import { AppFailure } from '../../../shared/result';
import type { HandlerContext, HandlerGroup } from '../handlerTypes';

export interface FamulorHandlerDeps {
  famulor: FamulorGateway;
  events: EventBus;
  historyHolds: HistoryHolds;
}

/** The caller's cancellation, the pane tag for the raw view, and pacer waits pushed to the renderer. */
export const callOptions = (ctx: HandlerContext, events: EventBus, tag?: string): CallOptions => ({
  signal: ctx.signal,
  ...(tag ? { tag } : {}),
  onPacerWait: (waitMs, queued) =>
    events.emit('pacer:wait', { requestId: ctx.requestId ?? null, waitMs, queued }),
});

export const famulorHandlers = ({
  famulor,
  events,
  historyHolds,
}: FamulorHandlerDeps): HandlerGroup<keyof typeof famulorChannels> => ({
  'assistants:list': async (input, ctx) =>
    (await famulor.active()).listAssistants(input, callOptions(ctx, events)),
  'account:get': async (_input, ctx) => (await famulor.active()).getAccount(callOptions(ctx, events)),
  'conversation:create': async ({ tag, ...input }, ctx) =>
    (await famulor.active()).createConversation(input, callOptions(ctx, events, tag)),
  // Billed: after a lost answer, main reads the history back before the pane may offer Retry.
  'conversation:send': async ({ tag, ...input }, ctx) =>
    sendMessageReconciled(await famulor.active(), input, callOptions(ctx, events, tag)),
  'conversation:get': async ({ tag, ...input }, ctx) =>
    (await famulor.active()).getConversation(input, callOptions(ctx, events, tag)),
  'conversation:open': async ({ tag, latest, ...input }, ctx) => {
    const detail = await (await famulor.active()).getConversation(input, callOptions(ctx, events, tag));
    const split = historyHolds.split(detail.history, latest);
    return { detail: { ...detail, history: split.latest }, earlier: split.earlier };
  },
  'conversation:earlier': async ({ hold }) => {
    const entries = historyHolds.take(hold);
    if (!entries) throw new AppFailure({ code: 'not_found', reason: 'history_hold_gone' });
    return entries;
  },
  'conversation:generateReply': async ({ tag, ...input }, ctx) =>
    (await famulor.active()).generateReply(input, callOptions(ctx, events, tag)),
  'conversation:list': async (input, ctx) =>
    (await famulor.active()).listConversations(input, callOptions(ctx, events)),
  'conversation:disableAi': async (input, ctx) =>
    (await famulor.active()).disableAi(input, callOptions(ctx, events)),
  'conversation:enableAi': async (input, ctx) =>
    (await famulor.active()).enableAi(input, callOptions(ctx, events)),
  'exchanges:list': async ({ tag }) => famulor.recorder.list(tag === undefined ? {} : { tag }),
});
