import type {
  Contact,
  ConversationDetail,
  ConversationSummary,
  FunctionCall,
  HistoryEntry,
} from '../domain/famulor';
import type { ThreadExportInput } from './model';

export const THREAD_EXPORT_FORMAT = 'famulor-playground-thread';
export const THREAD_EXPORT_VERSION = 1;

// Every member is copied by name: the input objects are typed, but at run time they could carry more.
const pickCall = (call: FunctionCall): FunctionCall => ({
  name: call.name,
  arguments: call.arguments,
  result: call.result,
});

const pickContact = (value: Contact | null): Contact | null =>
  value === null ? null : { name: value.name, phone: value.phone };

const pickEntry = (entry: HistoryEntry): HistoryEntry => ({
  role: entry.role,
  content: entry.content,
  functionCalls: entry.functionCalls.map(pickCall),
});

const pickDetail = (detail: ConversationDetail): ConversationDetail => ({
  history: detail.history.map(pickEntry),
  variables: detail.variables,
  externalIdentifier: detail.externalIdentifier,
  whatsappSender: pickContact(detail.whatsappSender),
  customer: pickContact(detail.customer),
});

const pickSummary = (summary: ConversationSummary): ConversationSummary => ({
  id: summary.id,
  assistantId: summary.assistantId,
  assistantName: summary.assistantName,
  type: summary.type,
  variables: summary.variables,
  messageCount: summary.messageCount,
  totalCost: summary.totalCost,
  aiEnabled: summary.aiEnabled,
  createdAt: summary.createdAt,
  updatedAt: summary.updatedAt,
  externalIdentifier: summary.externalIdentifier,
  whatsappSender: pickContact(summary.whatsappSender),
  customer: pickContact(summary.customer),
});

export interface ThreadExportFile {
  format: typeof THREAD_EXPORT_FORMAT;
  version: typeof THREAD_EXPORT_VERSION;
  exportedAt: string;
  conversationId: string;
  aiEnabled: boolean | null;
  summary: ConversationSummary | null;
  detail: ConversationDetail;
}

/** The complete thread in the app's own domain shapes; `parseThreadExport` reads it back. */
export const threadToJson = (thread: ThreadExportInput, exportedAt: Date): string => {
  const file: ThreadExportFile = {
    format: THREAD_EXPORT_FORMAT,
    version: THREAD_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    conversationId: thread.conversationId,
    aiEnabled: thread.aiEnabled,
    summary: thread.summary === null ? null : pickSummary(thread.summary),
    detail: pickDetail(thread.detail),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
};
