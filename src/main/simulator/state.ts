import type { AccountLimiter } from './accountLimit';
import type { AssistantRegistry } from './assistants';
import type { Billing } from './billing';
import type { ConversationStore } from './conversations';
import type { RateLimiter } from './rateLimit';

/** Everything a simulator instance remembers; each startSimulator call gets its own. */
export interface SimulatorState {
  assistants: AssistantRegistry;
  conversations: ConversationStore;
  billing: Billing;
  generateReplyLimiter: RateLimiter;
  /** null when started with accountRateLimit: false (tests that are about something else). */
  accountLimiter: AccountLimiter | null;
  now: () => Date;
  newId: () => string;
}
