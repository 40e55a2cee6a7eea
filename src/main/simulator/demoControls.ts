import type { SimulatorState } from './state';
import { answerUserMessage } from './dialogue';
import type { DemoPackFile } from './packSchema';

/**
 * What a demo (or a test) does to the simulated world that no Famulor endpoint can: a customer writing on WhatsApp,
 * time passing. In-process only — the simulator's HTTP side answers only what Famulor answers.
 */
export interface SimulatorDemoControls {
  /** The customer of a WhatsApp thread writes `message`: it joins the thread and opens the 24-hour window again;
   * the AI answers it unless the thread is taken over. False when there is no such WhatsApp thread. */
  customerWrites(conversationId: string, message: string): boolean;
  /** Moves the simulator's clock forward (windows expire, rate-limit windows pass). */
  advanceClock(ms: number): void;
  /** Serves these demo packs from now on (the app's packs were imported, edited, switched on or off). */
  setPacks(packs: DemoPackFile[]): void;
}

export const createDemoControls = (
  state: SimulatorState,
  advance: (ms: number) => void,
): SimulatorDemoControls => ({
  customerWrites: (conversationId, message) => {
    const conversation = state.conversations.get(conversationId);
    const assistant = conversation ? state.assistants.byId(conversation.assistantId) : undefined;
    if (!conversation || conversation.type !== 'whatsapp' || !assistant) return false;
    // An account out of money still receives the message; only the AI's answer is left out.
    const outcome = answerUserMessage(state, assistant, conversation, message);
    if (outcome.kind === 'insufficient_balance') {
      conversation.messages.append({ role: 'user', content: message, functionCalls: [] });
      conversation.updatedAt = state.now();
    }
    state.whatsapp.noteCustomerMessage(conversation, state.now());
    return true;
  },
  advanceClock: (ms) => {
    if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError('The clock only moves forward.');
    advance(ms);
  },
  setPacks: (packs) => state.assistants.setPacks(packs),
});
