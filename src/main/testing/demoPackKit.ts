import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPackFiles } from '../simulator/assistants';
import { readDemoPack, type DemoPackFile } from '../simulator/packSchema';
import { findResourcesDir } from '../simulator/resources';

/** The fixture pack: Lena of a car dealership's service desk, two recorded conversations (German, English). */
export const AUTOHAUS_PACK_PATH = fileURLToPath(
  new URL('./fixtures/demo-pack-autohaus.json', import.meta.url),
);
export const LENA = { id: 301, uuid: '0f4c2a8e-6b1d-4c3e-9a7f-2d5e8b1c4a60' };

export const autohausPackText = (): string => readFileSync(AUTOHAUS_PACK_PATH, 'utf8');

export const autohausPack = (): DemoPackFile => {
  const reading = readDemoPack(JSON.parse(autohausPackText()) as unknown);
  if (reading.kind !== 'pack') throw new Error(`The fixture pack does not read: ${JSON.stringify(reading)}`);
  return reading.pack;
};

/** Clara, Max and Sophie as the app ships them. */
export const builtInPacks = (): Promise<DemoPackFile[]> => loadPackFiles(join(findResourcesDir(), 'packs'));
