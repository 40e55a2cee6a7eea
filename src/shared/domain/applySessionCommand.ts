import type { ConversationType } from './famulor';
import type { Pane, Session } from './session';
import type { SessionCommand } from './sessionCommands';
import { WIDGET_MESSAGE_COST_USD } from '../limits';

/** The most panes a session shows side by side; more would be too narrow to read. */
export const MAX_PANES = 4;

/** Widget conversations are billed per user message; test conversations are free (famulor-api.md). */
export const messageCost = (type: ConversationType): number =>
  type === 'widget' ? WIDGET_MESSAGE_COST_USD : 0;

export const addCost = (costUsd: number, type: ConversationType): number =>
  Math.round((costUsd + messageCost(type)) * 100) / 100;

const mapPane = (session: Session, paneId: string, change: (pane: Pane) => Pane): Session => {
  const index = session.panes.findIndex((pane) => pane.id === paneId);
  const pane = session.panes[index];
  if (!pane) return session;
  const next = change(pane);
  if (next === pane) return session;
  const panes = [...session.panes];
  panes[index] = next;
  return { ...session, panes };
};

const insertPane = (session: Session, pane: Pane, afterPaneId: string | null): Session => {
  if (session.panes.length >= MAX_PANES || session.panes.some((each) => each.id === pane.id)) return session;
  // A null `afterPaneId` matches no pane, so the pane goes to the end.
  const after = session.panes.findIndex((each) => each.id === afterPaneId);
  const panes = [...session.panes];
  panes.splice(after === -1 ? panes.length : after + 1, 0, pane);
  return { ...session, panes };
};

/**
 * One command applied to a session, without changing it: the renderer runs this on what it shows, main on what
 * it stores, so both arrive at the same session. A command about a pane that is gone changes nothing (the pane
 * was closed while its reply was on the way), and so does one that would exceed MAX_PANES.
 */
export const applySessionCommand = (session: Session, command: SessionCommand): Session => {
  switch (command.type) {
    case 'rename':
      return { ...session, name: command.name.trim() };
    case 'insertPane':
      return insertPane(session, command.pane, command.afterPaneId);
    case 'patchPane':
      return mapPane(session, command.paneId, (pane) => ({ ...pane, ...command.patch }));
    case 'setDraft':
      return mapPane(session, command.paneId, (pane) =>
        pane.draft === command.draft ? pane : { ...pane, draft: command.draft },
      );
    case 'replaceDraft':
      return mapPane(session, command.paneId, (pane) =>
        pane.draft === command.from ? { ...pane, draft: command.to } : pane,
      );
    case 'appendEntries':
      return mapPane(session, command.paneId, (pane) => ({
        ...pane,
        conversationId: command.started?.conversationId ?? pane.conversationId,
        profileId: command.started?.profileId ?? pane.profileId,
        costUsd: command.billed ? addCost(pane.costUsd, pane.conversationType) : pane.costUsd,
        transcript: [...pane.transcript, ...command.entries],
      }));
    case 'resetPane':
      return mapPane(session, command.paneId, (pane) => ({
        ...pane,
        conversationId: null,
        profileId: null,
        costUsd: 0,
        transcript: [],
      }));
    case 'removePane':
      return { ...session, panes: session.panes.filter((pane) => pane.id !== command.paneId) };
    case 'putVariableSet':
      return {
        ...session,
        variableSets: [...session.variableSets.filter((set) => set.name !== command.set.name), command.set],
      };
    case 'deleteVariableSet':
      return { ...session, variableSets: session.variableSets.filter((set) => set.id !== command.id) };
    case 'putReplayScript': {
      const index = session.replayScripts.findIndex((script) => script.id === command.script.id);
      const replayScripts = [...session.replayScripts];
      if (index === -1) replayScripts.push(command.script);
      else replayScripts[index] = command.script;
      return { ...session, replayScripts };
    }
    case 'deleteReplayScript':
      return {
        ...session,
        replayScripts: session.replayScripts.filter((script) => script.id !== command.id),
      };
    case 'setComparison':
      return { ...session, lastComparison: command.comparison };
  }
};

/** Commands in order, stamped with the time of the change. */
export const applySessionCommands = (
  session: Session,
  commands: readonly SessionCommand[],
  updatedAt: string,
): Session => {
  const next = commands.reduce(applySessionCommand, session);
  return next === session ? session : { ...next, updatedAt };
};
