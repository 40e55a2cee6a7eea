import type { Contact, ThreadType, Variables } from '../../shared/domain/famulor';
import type { AssistantRegistry, SimulatedAssistant } from './assistants';
import { isBilled, MESSAGE_COST_CENTS } from './billing';
import { MessageLog, type Conversation, type ConversationStore, type StoredMessage } from './conversations';
import { openingMessage, scriptedTurn, turnMessages } from './dialogue';
import { newDialogue, type DialogueState } from './intentEngine';
import { pick, randomInt, seededRandom, uuidFrom, type RandomSource } from './random';
import type { SeedCustomer, SeedFile } from './seedData';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

type ThreadShape = Omit<Conversation, 'messages'>;

interface PlayedThread {
  messages: StoredMessage[];
  dialogue: DialogueState;
  aiEnabled: boolean;
  lastAt: Date;
}

/** Lets the assistant's own intents answer each customer line, so seeded replies match live ones. */
const playThread = (
  assistant: SimulatedAssistant,
  shape: ThreadShape,
  lines: Iterable<{ text: string; at: Date }>,
): PlayedThread => {
  const messages: StoredMessage[] = [];
  const opening =
    shape.type === 'test' || shape.type === 'widget'
      ? openingMessage(assistant, shape, shape.createdAt)
      : null;
  if (opening !== null) messages.push({ role: 'assistant', content: opening, functionCalls: [] });
  let dialogue = shape.dialogue;
  let aiEnabled = true;
  let lastAt = shape.createdAt;
  for (const line of lines) {
    if (!aiEnabled) break;
    const outcome = scriptedTurn(assistant, { ...shape, dialogue }, line.text, line.at);
    messages.push(...turnMessages(line.text, outcome));
    dialogue = outcome.state;
    aiEnabled = !outcome.disableAi;
    lastAt = line.at;
  }
  return { messages, dialogue, aiEnabled, lastAt };
};

const THREAD_TYPES: readonly ThreadType[] = ['test', 'widget', 'whatsapp', 'api'];

const shuffledTypes = (plan: SeedFile['type_plan'], random: RandomSource): ThreadType[] =>
  THREAD_TYPES.flatMap((type) => Array.from({ length: plan[type] }, () => ({ type, order: random() })))
    .sort((left, right) => left.order - right.order)
    .map(({ type }) => type);

const senderFor = (seed: SeedFile, assistant: SimulatedAssistant): Contact => {
  const sender = seed.whatsapp_senders[String(assistant.file.id)];
  return sender
    ? { name: sender.name, phone: sender.phone }
    : { name: assistant.profile.name, phone: assistant.file.phone_number };
};

const customerIdentifiers = (customer: SeedCustomer): string[] => [
  customer.phone,
  customer.email,
  customer.crm_id,
];

const channelFields = (
  type: ThreadType,
  seed: SeedFile,
  assistant: SimulatedAssistant,
  customer: SeedCustomer,
  random: RandomSource,
  store: ConversationStore,
): Pick<
  Conversation,
  'variables' | 'externalIdentifier' | 'customerIdentifier' | 'whatsappSender' | 'customer'
> | null => {
  const none = {
    variables: null,
    externalIdentifier: null,
    customerIdentifier: null,
    whatsappSender: null,
    customer: null,
  };
  switch (type) {
    case 'whatsapp':
      return {
        ...none,
        whatsappSender: senderFor(seed, assistant),
        customer: { name: customer.name, phone: customer.phone },
      };
    case 'api': {
      // generate-reply keys threads by (assistant, identifier): two seeded threads must not share one.
      const free = customerIdentifiers(customer).filter((id) => !store.findByCustomer(assistant.file.id, id));
      if (free.length === 0) return null;
      // Seeded as an integration would run them: its CRM id set as external_identifier and used as
      // generate-reply's customer identifier, so the demo can continue these threads.
      const identifier = pick(random, free);
      return { ...none, externalIdentifier: identifier, customerIdentifier: identifier };
    }
    default: {
      const variables: Variables | null =
        random() < 0.5 ? { customer_name: customer.name, customer_email: customer.email } : null;
      return { ...none, variables };
    }
  }
};

const seedShortThreads = (
  seed: SeedFile,
  assistants: AssistantRegistry,
  store: ConversationStore,
  now: Date,
) => {
  const random = seededRandom(seed.seed);
  const scripts = seed.scripts.filter((script) => assistants.byId(script.assistant_id));
  if (scripts.length === 0) return;
  for (const type of shuffledTypes(seed.type_plan, random)) {
    const script = pick(random, scripts);
    const assistant = assistants.byId(script.assistant_id) as SimulatedAssistant;
    const customer = pick(random, seed.customers);
    const id = uuidFrom(random);
    const createdAt = new Date(now.getTime() - randomInt(random, 60, 60 * 24 * 60) * MINUTE_MS);
    const fields = channelFields(type, seed, assistant, customer, random, store);
    if (!fields) continue;
    const shape: ThreadShape = {
      id,
      assistantId: assistant.file.id,
      type,
      ...fields,
      dialogue: newDialogue(),
      aiEnabled: true,
      totalCostCents: 0,
      createdAt,
      updatedAt: createdAt,
    };
    let at = createdAt.getTime();
    const lines = script.messages.map((text) => {
      at += randomInt(random, 15, 240) * 1000;
      return { text, at: new Date(at) };
    });
    const played = playThread(assistant, shape, lines);
    const userMessages = played.messages.filter((message) => message.role === 'user').length;
    store.add({
      ...shape,
      dialogue: played.dialogue,
      aiEnabled: played.aiEnabled,
      totalCostCents: isBilled(type) ? userMessages * MESSAGE_COST_CENTS : 0,
      updatedAt: played.lastAt,
      messages: MessageLog.of(played.messages),
    });
  }
};

/** The long threads are planned now but played only when someone first reads them. */
const seedLongThreads = (
  seed: SeedFile,
  assistants: AssistantRegistry,
  store: ConversationStore,
  now: Date,
) => {
  const random = seededRandom(seed.seed ^ 0x5eed);
  seed.long_threads.forEach((plan, index) => {
    const assistant = assistants.byId(plan.assistant_id);
    const customer = seed.customers[plan.customer % seed.customers.length];
    if (!assistant || !customer) return;
    const turns = plan.message_count / 2;
    const createdAt = new Date(now.getTime() - plan.days * DAY_MS);
    const lastAt = new Date(now.getTime() - 2 * 60 * MINUTE_MS);
    const stepMs = Math.floor((lastAt.getTime() - createdAt.getTime()) / turns);
    const whatsapp = plan.type === 'whatsapp';
    const shape: ThreadShape = {
      id: uuidFrom(random),
      assistantId: assistant.file.id,
      type: plan.type,
      variables: { customer_name: customer.name },
      dialogue: newDialogue(),
      aiEnabled: true,
      totalCostCents: turns * MESSAGE_COST_CENTS,
      createdAt,
      updatedAt: new Date(createdAt.getTime() + turns * stepMs),
      externalIdentifier: whatsapp ? null : (plan.external_identifier ?? customer.crm_id),
      customerIdentifier: whatsapp ? null : (plan.external_identifier ?? customer.crm_id),
      whatsappSender: whatsapp ? senderFor(seed, assistant) : null,
      customer: whatsapp ? { name: customer.name, phone: customer.phone } : null,
    };
    // The chatter pools hold no hand-over lines, so the AI stays on for the whole thread.
    const load = (): StoredMessage[] => {
      const lineRandom = seededRandom(seed.seed + index + 1);
      const messages: StoredMessage[] = [];
      let dialogue: DialogueState = newDialogue();
      for (let turn = 1; turn <= turns; turn += 1) {
        const text = pick(lineRandom, plan.chatter);
        const outcome = scriptedTurn(
          assistant,
          { ...shape, dialogue },
          text,
          new Date(createdAt.getTime() + turn * stepMs),
        );
        dialogue = outcome.state;
        messages.push(...turnMessages(text, outcome));
      }
      return messages;
    };
    store.add({ ...shape, messages: MessageLog.lazy(plan.message_count, load) });
  });
};

/** Fills the store with the seeded history; deterministic for a given seed file and clock. */
export const seedConversations = (
  seed: SeedFile,
  assistants: AssistantRegistry,
  store: ConversationStore,
  now: Date,
): void => {
  seedShortThreads(seed, assistants, store, now);
  seedLongThreads(seed, assistants, store, now);
};
