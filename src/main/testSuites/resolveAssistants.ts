import type { Assistant } from '../../shared/domain/famulor';
import type { FamulorClient } from '../famulor/client';
import type { SuitePath } from './suiteFile';

export interface SuiteAssistant {
  name: string;
  uuid: string;
  /** The integer id, for the conversation list a widget case's cost is read from. */
  id: number | null;
}

export type ResolvedAssistants =
  | { ok: true; assistants: SuiteAssistant[] }
  | { ok: false; problems: { path: SuitePath; message: string }[] };

const PAGE_SIZE = 100;

/** The account's assistants, every page. */
const listAll = async (client: Pick<FamulorClient, 'listAssistants'>): Promise<Assistant[]> => {
  const all: Assistant[] = [];
  for (let page = 1; ; page += 1) {
    const result = await client.listAssistants({ page, perPage: PAGE_SIZE });
    all.push(...result.assistants);
    if (page >= result.lastPage || result.assistants.length === 0) return all;
  }
};

/**
 * The suite's assistants as the account has them: a reference is a uuid (or the integer id), else a name (exact
 * first, then ignoring case). A name two assistants share, or one no assistant has, is a problem of the suite file, named at its line.
 */
export const resolveAssistants = async (
  references: string[],
  client: Pick<FamulorClient, 'listAssistants'>,
): Promise<ResolvedAssistants> => {
  const known = (await listAll(client)).filter(
    (assistant): assistant is Assistant & { uuid: string } => assistant.uuid !== null,
  );
  const problems: { path: SuitePath; message: string }[] = [];
  const assistants: SuiteAssistant[] = [];
  references.forEach((reference, index) => {
    const byUuid = known.filter(
      (assistant) => assistant.uuid === reference || String(assistant.id) === reference,
    );
    const byName = known.filter((assistant) => assistant.name === reference);
    const byLooseName = known.filter(
      (assistant) => assistant.name.toLocaleLowerCase() === reference.toLocaleLowerCase(),
    );
    const matches = [byUuid, byName, byLooseName].find((found) => found.length > 0) ?? [];
    const [match] = matches;
    if (matches.length > 1 || !match)
      problems.push({
        path: ['assistants', index],
        message:
          matches.length > 1
            ? `${matches.length} assistants are named "${reference}": name this one by its uuid (${matches.map((assistant) => assistant.uuid).join(', ')}).`
            : `No assistant of this account has the uuid or name "${reference}" (it has ${known.map((assistant) => assistant.name).join(', ') || 'none'}).`,
      });
    else assistants.push({ name: match.name, uuid: match.uuid, id: match.id });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, assistants };
};
