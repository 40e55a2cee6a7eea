import type { Pane, Session } from '../domain/session';
import { SESSION_EXPORT_FORMAT, SESSION_SCHEMA_VERSION } from '../domain/sessionFormat';
import { pickCall } from './threadJson';

const pickPane = (pane: Pane): Pane => ({
  id: pane.id,
  title: pane.title,
  assistant: { id: pane.assistant.id, uuid: pane.assistant.uuid, name: pane.assistant.name },
  conversationType: pane.conversationType,
  variables: pane.variables,
  conversationId: pane.conversationId,
  profileId: pane.profileId,
  draft: pane.draft,
  costUsd: pane.costUsd,
  transcript: pane.transcript.map((entry) => ({
    id: entry.id,
    role: entry.role,
    content: entry.content,
    functionCalls: entry.functionCalls.map(pickCall),
    at: entry.at,
    latencyMs: entry.latencyMs,
  })),
});

/**
 * A session in the session store's own export envelope (format marker, one `schemaVersion` per session), so
 * the sessions view imports the file like any other session export.
 */
export const sessionToJson = (session: Session, exportedAt: Date): string => {
  const record = {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: session.id,
    name: session.name,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    revision: session.revision,
    notes: session.notes,
    panes: session.panes.map(pickPane),
    variableSets: session.variableSets,
    replayScripts: session.replayScripts,
    lastComparison: session.lastComparison,
  };
  const envelope = {
    format: SESSION_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    redacted: false,
    sessions: [record],
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
};
