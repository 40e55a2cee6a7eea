import type { AccountLimiter } from './accountLimit';
import type { AssistantRegistry } from './assistants';
import type { Billing } from './billing';
import type { ConversationStore } from './conversations';
import type { RateLimiter } from './rateLimit';
import type { WhatsAppDesk } from './whatsapp/desk';

/** The endpoints with a limit of their own, each counted per account. */
export type EndpointLimit = 'generate_reply' | 'whatsapp_send';

/** Everything a simulator instance remembers; each startSimulator call gets its own. */
export interface SimulatorState {
  assistants: AssistantRegistry;
  conversations: ConversationStore;
  billing: Billing;
  endpointLimiters: Record<EndpointLimit, RateLimiter>;
  whatsapp: WhatsAppDesk;
  /** null when started with accountRateLimit: false (tests that are about something else). */
  accountLimiter: AccountLimiter | null;
  now: () => Date;
  newId: () => string;
}
