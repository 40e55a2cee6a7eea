import { z } from 'zod';
import { DEMO_PACK_FORMAT, DEMO_PACK_VERSION, DemoPackIdSchema } from '../../shared/domain/demoPack';
import { MAX_NAME_LENGTH } from '../../shared/limits';
import { AssistantFileSchema } from './assistantSchema';

/** What a pack answers a message no recorded turn and no intent matches, unless it says otherwise. */
export const DEFAULT_NO_RECORDED_ANSWER: Record<string, string> = {
  en: 'This demo has no recorded answer for that message.',
  de: 'Für diese Nachricht hat die Demo keine aufgezeichnete Antwort.',
};

/**
 * A demo pack: assistants and what answers them, one file. The built-in demo (Clara, Max, Sophie) ships as packs of
 * this format, and a pack recorded from a real account is one too.
 */
export const DemoPackFileSchema = z
  .strictObject({
    format: z.literal(DEMO_PACK_FORMAT),
    version: z.literal(DEMO_PACK_VERSION),
    id: DemoPackIdSchema,
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    description: z.string().max(1000).default(''),
    /** Per language, the reply (shown marked) to a message the pack has no answer for. */
    no_recorded_answer: z
      .record(z.string().min(2), z.string().trim().min(1).max(500))
      .default(DEFAULT_NO_RECORDED_ANSWER),
    assistants: z.array(AssistantFileSchema).min(1).max(20),
  })
  .refine(
    (pack) => new Set(pack.assistants.map((assistant) => assistant.uuid)).size === pack.assistants.length,
    { message: 'two assistants of the pack share a uuid', path: ['assistants'] },
  );

export type DemoPackFile = z.output<typeof DemoPackFileSchema>;

/** The format's version a file says it has, read before the schema so that a newer file is named as such. */
const packVersionOf = (value: unknown): number | null => {
  if (typeof value !== 'object' || value === null) return null;
  const version: unknown = Reflect.get(value, 'version');
  return typeof version === 'number' ? version : null;
};

export type PackReading =
  | { kind: 'pack'; pack: DemoPackFile }
  | { kind: 'not_a_pack' }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; issues: string };

/** Reads a parsed JSON value as a pack, telling a file of another kind and one from a newer app apart from a broken one. */
export const readDemoPack = (value: unknown): PackReading => {
  const format: unknown =
    typeof value === 'object' && value !== null ? Reflect.get(value, 'format') : undefined;
  if (format !== DEMO_PACK_FORMAT) return { kind: 'not_a_pack' };
  const version = packVersionOf(value);
  if (version !== null && version > DEMO_PACK_VERSION) return { kind: 'newer', version };
  const parsed = DemoPackFileSchema.safeParse(value);
  return parsed.success
    ? { kind: 'pack', pack: parsed.data }
    : { kind: 'invalid', issues: z.prettifyError(parsed.error) };
};
