import { Document } from 'yaml';
import type { TestSuiteInput } from './suite';

/**
 * A suite as the YAML file a person edits and keeps in git: the header lines as comments on top (what it was made
 * from, how to run it), long texts left unwrapped so a message stays on its line.
 */
export const suiteYaml = (suite: TestSuiteInput, header: string[]): string => {
  const document = new Document(suite);
  document.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
};
