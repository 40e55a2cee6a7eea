import { readableTime } from './readableTime';
import type { ConversationDetail, ConversationSummary, FunctionCall, Variables } from '../domain/famulor';
import type { Session } from '../domain/session';
import { formatUsd } from '../money';

/**
 * What the Markdown and HTML exporters render: a thread and a playground session are both reduced to this,
 * so one renderer per format serves both. Built from explicitly picked fields, so nothing else a caller's
 * object may carry (a key, a token) can reach a file.
 */
export interface ExportFact {
  label: string;
  value: string;
}

export interface ExportEntry {
  role: string;
  content: string;
  functionCalls: FunctionCall[];
  /** ISO time when known (sessions record it; Famulor histories carry none). */
  at: string | null;
}

export interface ExportTranscript {
  title: string;
  facts: ExportFact[];
  variables: Variables | null;
  entries: ExportEntry[];
}

export interface ExportDocument {
  kind: 'thread' | 'session';
  title: string;
  /** What the file name is made of, before the date: a thread's id (stable), a session's name. */
  fileStem: string;
  exportedAt: string;
  facts: ExportFact[];
  notes: string | null;
  transcripts: ExportTranscript[];
}

/** A customer thread as the threads view holds it: the detail, and the list row when it was opened from the list. */
export interface ThreadExportInput {
  conversationId: string;
  summary: ConversationSummary | null;
  detail: ConversationDetail;
  /** Known from the list or from a takeover switch; null when neither told us. */
  aiEnabled: boolean | null;
}

const contact = (value: { name: string | null; phone: string | null } | null): string | null => {
  if (!value) return null;
  const parts = [value.name, value.phone].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : null;
};

const facts = (pairs: [string, string | null | undefined][]): ExportFact[] =>
  pairs.flatMap(([label, value]) =>
    value === null || value === undefined || value === '' ? [] : [{ label, value }],
  );

export const threadToDocument = (thread: ThreadExportInput, exportedAt: Date): ExportDocument => {
  const { summary, detail } = thread;
  const aiState = thread.aiEnabled === null ? null : thread.aiEnabled ? 'on' : 'off (human takeover)';
  const customer = detail.customer ?? summary?.customer ?? null;
  const customerName = customer?.name ?? customer?.phone ?? null;
  return {
    kind: 'thread',
    // A person looks for a thread by whom it was with; the id stays in the facts and the file name.
    title: customerName ? `Thread with ${customerName}` : `Thread ${thread.conversationId}`,
    fileStem: `Thread ${thread.conversationId}`,
    exportedAt: exportedAt.toISOString(),
    facts: facts([
      ['Conversation', thread.conversationId],
      ['Type', summary?.type],
      [
        'Assistant',
        summary?.assistantName ?? (summary?.assistantId == null ? null : String(summary.assistantId)),
      ],
      ['Customer', contact(customer)],
      ['WhatsApp sender', contact(detail.whatsappSender ?? summary?.whatsappSender ?? null)],
      ['External identifier', detail.externalIdentifier ?? summary?.externalIdentifier],
      ['Messages', String(detail.history.length)],
      ['Cost', summary ? formatUsd(summary.totalCost) : null],
      ['AI', aiState],
      ['Created', readableTime(summary?.createdAt)],
      ['Last update', readableTime(summary?.updatedAt)],
    ]),
    notes: null,
    transcripts: [
      {
        title: 'Conversation',
        facts: [],
        variables: detail.variables,
        entries: detail.history.map((entry) => ({
          role: entry.role,
          content: entry.content,
          functionCalls: entry.functionCalls,
          at: null,
        })),
      },
    ],
  };
};

export const sessionToDocument = (session: Session, exportedAt: Date): ExportDocument => ({
  kind: 'session',
  title: session.name,
  fileStem: session.name,
  exportedAt: exportedAt.toISOString(),
  facts: facts([
    ['Session', session.id],
    ['Created', readableTime(session.createdAt)],
    ['Last update', readableTime(session.updatedAt)],
    ['Panes', String(session.panes.length)],
  ]),
  notes: session.notes.trim() === '' ? null : session.notes,
  transcripts: session.panes.map((pane, index) => ({
    // Panes are untitled unless someone named one; the app shows them by number, so the export does too.
    title: pane.title.trim() || `Pane ${index + 1}`,
    facts: facts([
      ['Assistant', pane.assistant.name],
      ['Type', pane.conversationType],
      ['Conversation', pane.conversationId],
      ['Cost', formatUsd(pane.costUsd)],
    ]),
    variables: pane.variables,
    entries: pane.transcript.map((entry) => ({
      role: entry.role,
      content: entry.content,
      functionCalls: entry.functionCalls,
      at: entry.at,
    })),
  })),
});

export type ExportFormat = 'markdown' | 'json' | 'html';
/** The formats rendered from the shared document; JSON is written from each kind's own data. */
export type DocumentFormat = Exclude<ExportFormat, 'json'>;

const EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', json: 'json', html: 'html' };
export const MIME_TYPES: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** A name fit for a file: ASCII letters and digits, dashes between, at most 60 characters; empty when none is left. */
export const fileSlug = (stem: string): string =>
  stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();

/** A file name safe on every file system: a readable slug (or the kind), the export date. */
export const exportFileName = (document: ExportDocument, format: ExportFormat): string =>
  `${fileSlug(document.fileStem) || document.kind}-${document.exportedAt.slice(0, 10)}.${EXTENSIONS[format]}`;
