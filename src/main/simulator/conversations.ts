import type { Contact, FunctionCall, ThreadType, Variables } from '../../shared/domain/famulor';
import { newDialogue, type DialogueState } from './intentEngine';

export interface StoredMessage {
  role: 'user' | 'assistant';
  content: string;
  functionCalls: FunctionCall[];
}

/** A history that may be produced on first read, so a 10,000-message seeded thread costs nothing at start-up. */
export class MessageLog {
  #base: StoredMessage[] | null;
  readonly #load: () => StoredMessage[];
  readonly #baseCount: number;
  readonly #appended: StoredMessage[] = [];

  private constructor(baseCount: number, load: () => StoredMessage[], loaded: StoredMessage[] | null) {
    this.#baseCount = baseCount;
    this.#load = load;
    this.#base = loaded;
  }

  static of(messages: StoredMessage[]): MessageLog {
    return new MessageLog(messages.length, () => messages, messages);
  }

  static lazy(count: number, load: () => StoredMessage[]): MessageLog {
    return new MessageLog(count, load, null);
  }

  get count(): number {
    return this.#baseCount + this.#appended.length;
  }

  entries(): StoredMessage[] {
    if (!this.#base) {
      this.#base = this.#load();
      if (this.#base.length !== this.#baseCount) {
        throw new Error(
          `A lazy history produced ${this.#base.length} messages instead of ${this.#baseCount}.`,
        );
      }
    }
    return [...this.#base, ...this.#appended];
  }

  append(...messages: StoredMessage[]): void {
    this.#appended.push(...messages);
  }
}

export interface Conversation {
  id: string;
  assistantId: number;
  type: ThreadType;
  /** Variables passed by the caller; null when none ever were (GET shows `variables: null`). */
  variables: Variables | null;
  dialogue: DialogueState;
  aiEnabled: boolean;
  totalCostCents: number;
  createdAt: Date;
  updatedAt: Date;
  externalIdentifier: string | null;
  /** The identifier generate-reply keys this thread by; the API never shows it. */
  customerIdentifier: string | null;
  whatsappSender: Contact | null;
  customer: Contact | null;
  messages: MessageLog;
}

export interface ConversationStore {
  add(conversation: Conversation): void;
  get(id: string): Conversation | undefined;
  /** The api-type conversation generate-reply continues for this (assistant id, customer identifier) pair. */
  findByCustomer(assistantId: number, customerIdentifier: string): Conversation | undefined;
  all(): Conversation[];
}

const customerKey = (assistantId: number, customerIdentifier: string): string =>
  `${assistantId}\u0000${customerIdentifier}`;

export const createConversationStore = (): ConversationStore => {
  const byId = new Map<string, Conversation>();
  const byCustomer = new Map<string, Conversation>();
  return {
    add: (conversation) => {
      byId.set(conversation.id, conversation);
      if (conversation.customerIdentifier !== null) {
        byCustomer.set(customerKey(conversation.assistantId, conversation.customerIdentifier), conversation);
      }
    },
    get: (id) => byId.get(id),
    findByCustomer: (assistantId, customerIdentifier) =>
      byCustomer.get(customerKey(assistantId, customerIdentifier)),
    all: () => [...byId.values()],
  };
};

/** The fields a conversation starts with; the rest is a fresh, empty thread with the AI on. */
export type ConversationStart = Pick<Conversation, 'assistantId' | 'type'> &
  Partial<Pick<Conversation, 'variables' | 'customerIdentifier' | 'whatsappSender' | 'customer'>>;

/** A new, empty conversation at `now` (every route that opens one: create, generate-reply, a template send). */
export const startConversation = (id: string, now: Date, start: ConversationStart): Conversation => ({
  id,
  variables: null,
  dialogue: newDialogue(),
  aiEnabled: true,
  totalCostCents: 0,
  createdAt: now,
  updatedAt: now,
  externalIdentifier: null,
  customerIdentifier: null,
  whatsappSender: null,
  customer: null,
  messages: MessageLog.of([]),
  ...start,
});
