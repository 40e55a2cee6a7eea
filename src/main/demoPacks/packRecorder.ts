import {
  DEMO_PACK_FORMAT,
  DEMO_PACK_VERSION,
  type DemoPackSummary,
  type PackRecording,
  type RecordedConversation,
} from '../../shared/domain/demoPack';
import type { Assistant } from '../../shared/domain/famulor';
import { MAX_PER_PAGE } from '../../shared/limits';
import { AppFailure } from '../../shared/result';
import { isTimeZone } from '../../shared/time/wallClock';
import type { FamulorClient } from '../famulor/client';
import { containsKnownKey } from '../secrets/knownKeys';
import type { SessionStore } from '../sessions/sessionStoreApi';
import type { DemoPackLibrary } from './packLibrary';
import { createTextRedactor, redactJson, redactVariables } from './packRedaction';
import { turnsOf } from './recordedConversation';

export interface PackRecorderDeps {
  client: () => Promise<FamulorClient>;
  sessions: SessionStore;
  library: DemoPackLibrary;
  /** Every stored key of every profile: none may reach the pack. */
  knownKeys: () => Promise<string[]>;
}

const listAll = async (client: FamulorClient): Promise<Assistant[]> => {
  const all: Assistant[] = [];
  for (let page = 1, last = 1; page <= last; page += 1) {
    const listed = await client.listAssistants({ page, perPage: MAX_PER_PAGE });
    last = listed.lastPage;
    all.push(...listed.assistants);
  }
  return all;
};

/** Each chosen source's conversations, by the uuid of the assistant they were with. */
const collect = async (
  client: FamulorClient,
  sessions: SessionStore,
  request: PackRecording,
): Promise<Map<string, RecordedConversation[]>> => {
  const byAssistant = new Map<string, RecordedConversation[]>(
    request.assistantUuids.map((uuid) => [uuid, []]),
  );
  const add = (uuid: string | null, title: string, turns: RecordedConversation['turns']) => {
    const list = uuid === null ? undefined : byAssistant.get(uuid);
    if (list && turns.length > 0) list.push({ title: title.slice(0, 200), turns });
  };
  for (const sessionId of request.sessions) {
    const session = sessions.get(sessionId);
    for (const pane of session.panes)
      add(
        pane.assistant.uuid,
        `${session.name} · ${pane.title || pane.assistant.name}`,
        turnsOf(pane.transcript),
      );
  }
  for (const { conversationId, assistantUuid } of request.threads) {
    const detail = await client.getConversation({ conversationId });
    const turns = turnsOf(detail.history);
    // Who it was with, else what it began with: an id says nothing to the person editing the pack.
    const opening = turns[0]?.user;
    const title =
      detail.customer?.name ??
      detail.externalIdentifier ??
      (opening === undefined ? conversationId : opening.length > 60 ? `${opening.slice(0, 59)}…` : opening);
    add(assistantUuid, title, turns);
  }
  // A replay script is played now, as a free test conversation, so the pack holds what the assistant says today.
  for (const { sessionId, scriptId } of request.scripts) {
    const script = sessions.get(sessionId).replayScripts.find((candidate) => candidate.id === scriptId);
    if (!script) throw new AppFailure({ code: 'not_found', reason: 'pack_script_gone' });
    const uuid = script.assistant.uuid;
    if (uuid === null || !byAssistant.has(uuid)) continue;
    const { conversationId } = await client.createConversation({
      assistantUuid: uuid,
      type: 'test',
      variables: script.variables,
    });
    const turns: RecordedConversation['turns'] = [];
    for (const message of script.messages) {
      const reply = await client.sendMessage({ conversationId, message });
      turns.push({
        user: message,
        alternatives: [],
        reply: reply.message,
        function_calls: reply.functionCalls,
      });
    }
    add(uuid, script.name, turns);
  }
  return byAssistant;
};

const ISO_LANGUAGE = /^[a-z]{2,3}$/;

/** The listed assistant as a pack's assistant, every text through the redactor. */
const packAssistant = (
  assistant: Assistant,
  conversations: RecordedConversation[],
  request: PackRecording,
  keys: readonly string[],
) => {
  const redact = createTextRedactor(request.redaction, keys, assistant.variables);
  const text = (value: string | null) => (value === null ? null : redact(value));
  return {
    ...(assistant.id === null ? {} : { id: assistant.id }),
    uuid: assistant.uuid,
    name: redact(assistant.name),
    language:
      assistant.language !== null && ISO_LANGUAGE.test(assistant.language) ? assistant.language : 'en',
    ...(assistant.timezone !== null && isTimeZone(assistant.timezone)
      ? { timezone: assistant.timezone }
      : {}),
    initial_message: text(assistant.initialMessage),
    system_prompt: text(assistant.systemPrompt),
    variables: redactVariables(assistant.variables, request.redaction, redact),
    conversations: conversations.map((conversation) => ({
      title: redact(conversation.title),
      turns: conversation.turns.map((turn) => ({
        user: redact(turn.user),
        alternatives: turn.alternatives.map(redact),
        reply: redact(turn.reply),
        function_calls: turn.function_calls.map((call) => ({
          name: call.name,
          arguments: redactJson(call.arguments, redact),
          result: redactJson(call.result, redact),
        })),
      })),
    })),
  };
};

/**
 * Records a demo pack from the active profile's account and keeps it in the library: the assistants as listed, the
 * chosen conversations as recorded turns, the keys (always) and what the person chose (phones, e-mails, secret
 * variables) left out — and the file checked for the keys once more before it is kept.
 */
export const createPackRecorder = (deps: PackRecorderDeps) => ({
  async record(request: PackRecording): Promise<DemoPackSummary> {
    const client = await deps.client();
    const listed = await listAll(client);
    const chosen = request.assistantUuids.map((uuid) => {
      const assistant = listed.find((candidate) => candidate.uuid === uuid);
      if (!assistant) throw new AppFailure({ code: 'not_found', reason: 'no_such_assistant' });
      return assistant;
    });
    const conversations = await collect(client, deps.sessions, request);
    const empty = chosen.find((assistant) => (conversations.get(assistant.uuid ?? '') ?? []).length === 0);
    if (empty)
      throw new AppFailure({
        code: 'validation',
        reason: 'pack_nothing_recorded',
        params: { name: empty.name },
      });
    const keys = await deps.knownKeys();
    const pack = {
      format: DEMO_PACK_FORMAT,
      version: DEMO_PACK_VERSION,
      id: request.id,
      name: request.name,
      description: request.description,
      assistants: chosen.map((assistant) =>
        packAssistant(assistant, conversations.get(assistant.uuid ?? '') ?? [], request, keys),
      ),
    };
    const text = `${JSON.stringify(pack, null, 2)}\n`;
    if (containsKnownKey(text, keys))
      throw new AppFailure({ code: 'validation', reason: 'export_holds_key', errorCode: 'export_holds_key' });
    return deps.library.importPack(text, request.replace);
  },
});

export type PackRecorder = ReturnType<typeof createPackRecorder>;
