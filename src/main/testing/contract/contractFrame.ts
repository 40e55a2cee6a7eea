import { describe } from 'vitest';
import { MAX_PER_PAGE } from '../../../shared/limits';
import type { ContractTarget } from './contractTarget';

// What the contract suites (contractSuite.ts, whatsappContractSuite.ts) share: their frame and their assistant.

/** An assistant id no account has (the largest 32-bit id), for the 404s of generate-reply, PUT and DELETE. */
export const UNKNOWN_ASSISTANT_ID = 2_147_483_647;

export interface ContractOptions {
  /** Set: the suite is registered but skipped, and the reason is part of its title. */
  skipReason?: string;
  timeoutMs?: number;
}

/** A contract suite's frame: skipped with its reason in the title, or run with the target's timeout. */
export const describeTarget = (title: string, options: ContractOptions, body: () => void) =>
  describe.skipIf(options.skipReason !== undefined)(
    options.skipReason === undefined ? title : `${title} (skipped: ${options.skipReason})`,
    { timeout: options.timeoutMs },
    body,
  );

/** The target's assistant (the one it names, else the account's first with both ids), from every page of the list. */
export const usableAssistant = async (target: ContractTarget): Promise<{ id: number; uuid: string }> => {
  const found = [];
  const first = await target.client.listAssistants({ page: 1, perPage: MAX_PER_PAGE });
  found.push(...first.assistants);
  for (let page = 2; page <= first.lastPage; page += 1) {
    found.push(...(await target.client.listAssistants({ page, perPage: MAX_PER_PAGE })).assistants);
  }
  const chosen = found.find(
    (candidate) =>
      candidate.uuid !== null &&
      candidate.id !== null &&
      (target.assistantId === null || candidate.id === target.assistantId),
  );
  if (!chosen?.uuid || chosen.id === null) throw new Error('The account has no usable assistant.');
  return { id: chosen.id, uuid: chosen.uuid };
};
