import type { AssistantDraft } from '../../shared/domain/assistantDraft';
import {
  PUSHED_FIELDS,
  type AssistantVersion,
  type PushPlan,
  type ScratchCopy,
} from '../../shared/domain/assistantLab';
import type { AssistantLanguage, AssistantModel, ModelType } from '../../shared/domain/assistantWrites';
import type { Assistant, JsonValue } from '../../shared/domain/famulor';
import type { Session } from '../../shared/domain/session';
import { MAX_INITIAL_MESSAGE_LENGTH, MAX_PER_PAGE } from '../../shared/limits';
import { AppFailure } from '../../shared/result';
import { characterCount } from '../../shared/text';
import { missingToolFields } from '../../shared/domain/tools';
import type { FamulorClient } from '../famulor/client';
import type { LabStore } from './labStore';
import { planPush } from './pushPlan';
import { draftOf, newAssistantFrom, scratchName } from './scratchCopy';
import { versionsOfSessions } from './versionsOfSessions';

export interface OpenedAssistant {
  assistant: Assistant;
  /** The assistant as Famulor has it now, as a draft. */
  current: AssistantDraft;
  versions: AssistantVersion[];
  /** Listed tools that cannot be written back (not kept in a draft; a push leaves them alone). */
  unwritableTools: JsonValue[];
}

export interface AssistantLab {
  open(assistantId: number): Promise<OpenedAssistant>;
  saveDraft(assistantId: number, draft: AssistantDraft, note: string): AssistantVersion;
  /** Makes a scratch copy with the draft's settings, switched on, ready for a pane. */
  tryDraft(assistantId: number, draft: AssistantDraft): Promise<ScratchCopy>;
  /** Deletes a scratch copy this app made (one already gone on Famulor counts as deleted). */
  discard(scratchId: number): Promise<void>;
  /** Scratch copies of the active profile still on record: left by a comparison not closed (a kill). */
  leftovers(): ScratchCopy[];
  previewPush(assistantId: number, draft: AssistantDraft): Promise<PushPlan>;
  /** Sends only the changed fields; refused with the conflicts unless the person has seen them. */
  push(input: {
    assistantId: number;
    draft: AssistantDraft;
    note: string;
    overrideConflicts: boolean;
  }): Promise<{
    version: AssistantVersion;
    plan: PushPlan;
  }>;
  models(type: ModelType): Promise<AssistantModel[]>;
  languages(): Promise<AssistantLanguage[]>;
  /** The versions an export carries: of the given sessions' assistants, or every one for a backup of all. */
  exportedVersions(sessions: readonly Session[] | 'all'): AssistantVersion[];
  /**
   * Keeps an export file's versions (by id, once); returns how many were new. Versions of a profile this install
   * does not have (profile ids are made per install) are filed under the active profile: on another machine the same
   * account has the same assistant ids, and the offline demo's are the same everywhere.
   */
  importVersions(versions: readonly AssistantVersion[]): number;
}

export interface AssistantLabOptions {
  store: LabStore;
  client: () => Promise<FamulorClient>;
  profileId: () => string;
  /** Every profile of this install. */
  profileIds: () => string[];
  now: () => Date;
}

const findListed = async (client: FamulorClient, assistantId: number): Promise<Assistant> => {
  for (let page = 1, last = 1; page <= last; page += 1) {
    const listed = await client.listAssistants({ page, perPage: MAX_PER_PAGE });
    last = listed.lastPage;
    const found = listed.assistants.find((assistant) => assistant.id === assistantId);
    if (found) return found;
  }
  throw new AppFailure({ code: 'not_found', reason: 'no_such_assistant' });
};

/** What Famulor would refuse of a draft, refused before anything is made or sent. */
const checkDraft = (draft: AssistantDraft) => {
  if (characterCount(draft.initialMessage) > MAX_INITIAL_MESSAGE_LENGTH)
    throw new AppFailure({
      code: 'validation',
      reason: 'initial_message_too_long',
      params: { max: MAX_INITIAL_MESSAGE_LENGTH },
    });
  for (const tool of draft.tools) {
    const [field] = missingToolFields(tool);
    if (field)
      throw new AppFailure({
        code: 'validation',
        reason: 'tool_field_missing',
        params: { type: tool.type, field },
      });
  }
};

/**
 * The prompt lab in main: reads assistants fresh from Famulor, keeps versions, makes and deletes scratch copies
 * (only its own: every copy is on record before anything else is done with it), and pushes a draft's changes.
 */
export const createAssistantLab = ({
  store,
  client,
  profileId,
  profileIds,
  now,
}: AssistantLabOptions): AssistantLab => {
  /** The state a draft's push is compared with: the last pushed one, else the original. */
  const baseOf = (assistantId: number, current: AssistantDraft): AssistantDraft =>
    store
      .versions(profileId(), assistantId)
      .filter((version) => version.kind !== 'draft')
      .at(-1)?.draft ?? current;

  const discard = async (scratchId: number) => {
    const profile = profileId();
    if (!store.scratchCopies(profile).some((copy) => copy.assistantId === scratchId))
      throw new AppFailure({ code: 'validation', reason: 'not_a_scratch_copy' });
    try {
      await (await client()).deleteAssistant({ assistantId: scratchId });
    } catch (error) {
      if (!(error instanceof AppFailure && error.error.code === 'not_found')) throw error;
    }
    store.forgetScratch(profile, scratchId);
  };

  const planFor = async (assistantId: number, draft: AssistantDraft) => {
    const listed = await findListed(await client(), assistantId);
    const current = draftOf(listed).draft;
    return { current, plan: planPush(baseOf(assistantId, current), current, draft) };
  };

  return {
    async open(assistantId) {
      const assistant = await findListed(await client(), assistantId);
      const { draft: current, unwritableTools } = draftOf(assistant);
      const profile = profileId();
      if (store.versions(profile, assistantId).length === 0)
        store.addVersion({ profileId: profile, assistantId, kind: 'original', draft: current, note: '' });
      return { assistant, current, versions: store.versions(profile, assistantId), unwritableTools };
    },
    saveDraft: (assistantId, draft, note) =>
      store.addVersion({ profileId: profileId(), assistantId, kind: 'draft', draft, note }),
    async tryDraft(assistantId, draft) {
      checkDraft(draft);
      const famulor = await client();
      const listed = await findListed(famulor, assistantId);
      const at = now();
      const name = scratchName(listed.name, at, draft.timezone ?? listed.timezone ?? 'UTC');
      const made = newAssistantFrom(listed, draft, name);
      if (!made.ok)
        throw new AppFailure({
          code: 'validation',
          reason: 'assistant_not_copyable',
          params: { field: made.problems[0]?.field ?? '' },
        });
      const created = await famulor.createAssistant(made.assistant);
      const copy: ScratchCopy = {
        profileId: profileId(),
        assistantId: created.id,
        uuid: null,
        name,
        originalId: assistantId,
        createdAt: at.toISOString(),
      };
      store.rememberScratch(copy);
      // New assistants are inactive, and an inactive assistant's chats fail.
      await famulor.updateAssistant({ assistantId: created.id, changes: { status: 'active' } });
      const uuid = (await findListed(famulor, created.id)).uuid;
      store.forgetScratch(copy.profileId, copy.assistantId);
      store.rememberScratch({ ...copy, uuid });
      return { ...copy, uuid };
    },
    discard,
    leftovers: () => store.scratchCopies(profileId()),
    previewPush: async (assistantId, draft) => (await planFor(assistantId, draft)).plan,
    async push({ assistantId, draft, note, overrideConflicts }) {
      checkDraft(draft);
      const { current, plan } = await planFor(assistantId, draft);
      if (plan.conflicts.length > 0 && !overrideConflicts)
        throw new AppFailure({
          code: 'validation',
          reason: 'push_conflicts',
          params: { count: plan.conflicts.length },
        });
      if (Object.keys(plan.changes).length > 0)
        await (await client()).updateAssistant({ assistantId, changes: plan.changes });
      // What Famulor has now: the draft's changes over the state read fresh (fields changed there are kept).
      const pushed: AssistantDraft = { ...current };
      for (const field of PUSHED_FIELDS)
        if (field in plan.changes) Object.assign(pushed, { [field]: draft[field] });
      const version = store.addVersion({
        profileId: profileId(),
        assistantId,
        kind: 'pushed',
        draft: pushed,
        note,
      });
      return { version, plan };
    },
    models: async (type) => (await client()).listModels({ type }),
    languages: async () => (await client()).listLanguages(),
    exportedVersions: (sessions) =>
      sessions === 'all' ? store.allVersions() : versionsOfSessions(store.allVersions(), sessions),
    importVersions(versions) {
      const here = new Set(profileIds());
      const active = profileId();
      return store.importVersions(
        versions.map((version) =>
          here.has(version.profileId) ? version : { ...version, profileId: active },
        ),
      );
    },
  };
};
