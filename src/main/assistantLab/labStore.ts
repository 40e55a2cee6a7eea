import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AssistantDraft } from '../../shared/domain/assistantDraft';
import {
  AssistantVersionSchema,
  ScratchCopySchema,
  type AssistantVersion,
  type AssistantVersionKind,
  type ScratchCopy,
} from '../../shared/domain/assistantLab';
import type { StoreProblem } from '../../shared/domain/storeProblem';
import { jsonFileOptions, type CreateJsonFile } from '../storage/jsonFile';
import { openStoreFile } from '../storage/storeFile';

export const ASSISTANT_LAB_FILE_NAME = 'assistant-lab';

/** Versions kept per assistant; the oldest drafts go first, the original and pushed states are always kept. */
export const KEPT_DRAFTS_PER_ASSISTANT = 200;

const LabFileSchema = z.object({
  schemaVersion: z.literal(1),
  versions: z.array(AssistantVersionSchema),
  scratchCopies: z.array(ScratchCopySchema),
});
type LabFile = z.infer<typeof LabFileSchema>;

export interface LabStore {
  /** An assistant's versions, oldest first. */
  versions(profileId: string, assistantId: number): AssistantVersion[];
  addVersion(input: {
    profileId: string;
    assistantId: number;
    kind: AssistantVersionKind;
    draft: AssistantDraft;
    note: string;
  }): AssistantVersion;
  /** Every version of every profile, oldest first: what a backup of the sessions carries. */
  allVersions(): AssistantVersion[];
  /** Keeps versions from an export file, skipping ids already kept; returns how many were new. */
  importVersions(versions: readonly AssistantVersion[]): number;
  /** Remembered before anything else happens to the copy, so a kill right after still finds it at the next start. */
  rememberScratch(copy: ScratchCopy): void;
  forgetScratch(profileId: string, assistantId: number): void;
  scratchCopies(profileId: string): ScratchCopy[];
  problems(): StoreProblem[];
}

export interface LabStoreOptions {
  dir: string;
  createJsonFile: CreateJsonFile;
  now: () => Date;
  author: () => string;
}

/** The prompt lab's versions and scratch copies, in one file of the user data folder, written on every change. */
export const createLabStore = ({ dir, createJsonFile, now, author }: LabStoreOptions): LabStore => {
  const opened = openStoreFile({
    createJsonFile,
    dir,
    name: ASSISTANT_LAB_FILE_NAME,
    schema: LabFileSchema,
    subject: 'assistantLab',
    now,
  });
  const { problems } = opened;
  let { handle } = opened;
  let data: LabFile = opened.data ?? { schemaVersion: 1, versions: [], scratchCopies: [] };

  // A failed write throws to the caller: a version the person saved, or a copy's id, must not be lost quietly.
  const save = (next: LabFile) => {
    handle ??= createJsonFile(jsonFileOptions(dir, ASSISTANT_LAB_FILE_NAME));
    handle.store = next;
    data = next;
  };

  const ofAssistant = (profileId: string, assistantId: number) => (version: AssistantVersion) =>
    version.profileId === profileId && version.assistantId === assistantId;

  /** Drops the oldest drafts of one assistant beyond the limit. */
  const pruned = (versions: AssistantVersion[], profileId: string, assistantId: number) => {
    const drafts = versions.filter(
      (version) => ofAssistant(profileId, assistantId)(version) && version.kind === 'draft',
    );
    const dropped = new Set(
      drafts.slice(0, Math.max(0, drafts.length - KEPT_DRAFTS_PER_ASSISTANT)).map((v) => v.id),
    );
    return versions.filter((version) => !dropped.has(version.id));
  };

  return {
    versions: (profileId, assistantId) => data.versions.filter(ofAssistant(profileId, assistantId)),
    addVersion({ profileId, assistantId, kind, draft, note }) {
      const version: AssistantVersion = {
        id: randomUUID(),
        profileId,
        assistantId,
        kind,
        draft,
        note,
        author: author(),
        at: now().toISOString(),
      };
      save({ ...data, versions: pruned([...data.versions, version], profileId, assistantId) });
      return version;
    },
    allVersions: () => [...data.versions],
    importVersions(versions) {
      const kept = new Set(data.versions.map((version) => version.id));
      const added = versions.filter((version) => !kept.has(version.id) && Boolean(kept.add(version.id)));
      if (added.length === 0) return 0;
      // Oldest first, as if they had been saved here; then each assistant's drafts are held to the limit.
      let next = [...data.versions, ...added].sort((a, b) => a.at.localeCompare(b.at));
      const assistants = new Map(added.map((v) => [`${v.profileId}/${v.assistantId}`, v] as const));
      for (const { profileId, assistantId } of assistants.values())
        next = pruned(next, profileId, assistantId);
      save({ ...data, versions: next });
      return added.filter((version) => next.includes(version)).length;
    },
    rememberScratch(copy) {
      save({ ...data, scratchCopies: [...data.scratchCopies, copy] });
    },
    forgetScratch(profileId, assistantId) {
      const left = data.scratchCopies.filter(
        (copy) => !(copy.profileId === profileId && copy.assistantId === assistantId),
      );
      if (left.length !== data.scratchCopies.length) save({ ...data, scratchCopies: left });
    },
    scratchCopies: (profileId) => data.scratchCopies.filter((copy) => copy.profileId === profileId),
    problems: () => [...problems],
  };
};
