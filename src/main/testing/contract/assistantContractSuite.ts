import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Assistant } from '../../../shared/domain/famulor';
import { MAX_PER_PAGE } from '../../../shared/limits';
import { draftOf, newAssistantFrom, scratchName } from '../../assistantLab/scratchCopy';
import { errorOf } from '../clientOnSimulatorTestKit';
import { describeTarget, UNKNOWN_ASSISTANT_ID, usableAssistant, type ContractOptions } from './contractFrame';
import { documented } from './contractShapes';
import type { ContractTarget } from './contractTarget';

/**
 * The assistant writes the prompt lab makes (famulor-api.md, "Account and assistants"): the model list, a refused
 * create, a scratch copy made from the listed assistant, switched on, talked to and deleted. The copy is made only
 * where the target allows writes (always on the simulator; on a live account when asked for).
 */
export const describeAssistantContract = (
  title: string,
  connect: () => Promise<ContractTarget>,
  options: ContractOptions = {},
) =>
  describeTarget(title, options, () => {
    let target: ContractTarget;
    let original: Assistant;

    const lastBody = <T>(shape: z.ZodType<T>): T => shape.parse(target.recorder.list().at(-1)?.responseBody);
    const listedById = async (id: number) => {
      const page = await target.client.listAssistants({ page: 1, perPage: MAX_PER_PAGE });
      return page.assistants.find((assistant) => assistant.id === id);
    };

    beforeAll(async () => {
      target = await connect();
      const { id } = await usableAssistant(target);
      const found = await listedById(id);
      if (!found) throw new Error('The usable assistant is not on the first page of the list.');
      original = found;
    }, options.timeoutMs);
    afterAll(async () => target?.close());

    it('GET /user/assistants/models: LLMs by default, multimodal models with a code', async () => {
      const llm = await target.client.listModels({});
      lastBody(documented.models);
      expect(llm.length).toBeGreaterThan(0);
      expect(await target.client.listModels({ type: 'llm' })).toEqual(llm);
      const multimodal = await target.client.listModels({ type: 'multimodal' });
      lastBody(documented.models);
      for (const model of multimodal) expect(model.code).not.toBeNull();
    });

    it('GET /user/assistants/languages: the languages a language_id is chosen from, with the listed one among them', async () => {
      const languages = await target.client.listLanguages();
      lastBody(documented.languages);
      expect(languages.length).toBeGreaterThan(0);
      const { languageId } = draftOf(original).draft;
      if (languageId !== null) expect(languages.map((language) => language.id)).toContain(languageId);
    });

    /** The create body of a scratch copy of the target's assistant, made as the prompt lab makes it. */
    const scratchCopy = (initialMessage: string) => {
      const { draft } = draftOf(original);
      const name = scratchName(original.name, new Date(), original.timezone ?? 'UTC');
      const made = newAssistantFrom(original, { ...draft, initialMessage }, name);
      if (!made.ok)
        throw new Error(`The listed assistant cannot be copied: ${JSON.stringify(made.problems)}`);
      return made.assistant;
    };

    it('POST /user/assistant with a blank name and prompt is refused field by field, and creates nothing', async () => {
      const before = (await target.client.listAssistants({ page: 1, perPage: 1 })).total;
      const error = await errorOf(
        target.client.createAssistant({ ...scratchCopy('Draft hello.'), name: '', systemPrompt: '' }),
      );
      expect(error).toMatchObject({ code: 'validation', status: 422 });
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(['name', 'system_prompt']));
      expect((await target.client.listAssistants({ page: 1, perPage: 1 })).total).toBe(before);
    });

    it('DELETE /user/assistant/{id} of an assistant not the account’s is 404', async () => {
      expect(
        await errorOf(target.client.deleteAssistant({ assistantId: UNKNOWN_ASSISTANT_ID })),
      ).toMatchObject({
        code: 'not_found',
        status: 404,
      });
    });

    it('a scratch copy: created from the list with a draft, inactive, switched on, talked to, deleted', async (context) => {
      if (!target.assistantWrites) {
        context.skip(
          'the target allows no assistant writes (set FAMULOR_CONTRACT_ASSISTANT_WRITES=1 on a live account)',
        );
      }
      const copyBody = scratchCopy('Draft hello.');
      const { name } = copyBody;
      const created = await target.client.createAssistant(copyBody);
      lastBody(documented.written);
      try {
        expect(created).toMatchObject({ name, status: 'inactive' });
        const copy = await listedById(created.id);
        expect(copy).toMatchObject({
          name,
          initialMessage: 'Draft hello.',
          systemPrompt: original.systemPrompt,
        });
        await target.client.updateAssistant({ assistantId: created.id, changes: { status: 'active' } });
        lastBody(documented.written);
        if (!copy?.uuid) throw new Error('The copy has no uuid.');
        const conversation = await target.client.createConversation({
          assistantUuid: copy.uuid,
          type: 'test',
        });
        expect(conversation.history[0]?.content).toBe('Draft hello.');
      } finally {
        expect(await target.client.deleteAssistant({ assistantId: created.id })).toEqual({ deleted: true });
      }
      expect(await listedById(created.id)).toBeUndefined();
      expect(await errorOf(target.client.deleteAssistant({ assistantId: created.id }))).toMatchObject({
        code: 'not_found',
      });
    });
  });
