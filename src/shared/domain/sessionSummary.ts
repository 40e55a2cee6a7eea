import type { Session, SessionSummary } from './session';

const PREVIEW_LENGTH = 160;

/** The list entry for a session: main's index and the renderer's optimistic list compute it the same way. */
export const summarize = (session: Session): SessionSummary => {
  const transcripts = session.panes.map((pane) => pane.transcript);
  const latest = transcripts
    .flatMap((transcript) => transcript.slice(-1))
    .reduce<Session['panes'][number]['transcript'][number] | null>(
      (newest, entry) => (newest === null || entry.at > newest.at ? entry : newest),
      null,
    );
  return {
    id: session.id,
    name: session.name,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    assistantNames: [...new Set(session.panes.map((pane) => pane.assistant.name).filter(Boolean))],
    messageCount: transcripts.reduce((count, transcript) => count + transcript.length, 0),
    preview: (latest?.content ?? '').replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH),
  };
};
