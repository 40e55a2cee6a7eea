import type { ConversationToTest } from '../../../shared/testSuite/caseFromConversation';
import type { AppError } from '../../../shared/result';
import { fileSlug } from '../../../shared/export/model';
import { downloadExport } from '../../lib/downloadExport';

/** A suite's file name from a pane's or a thread's name, as exports name theirs. */
export const suiteFileName = (stem: string): string => `${fileSlug(stem) || 'conversation'}.suite.yaml`;

/**
 * Downloads a conversation as a suite file through the one export path (main checks it for stored keys first).
 * The builder and the YAML writer are loaded only now: the first screen does not carry them.
 */
export const saveConversationAsTest = async (
  conversation: ConversationToTest,
  fileName: string,
  header: string[],
): Promise<AppError | null> => {
  const [{ suiteFromConversation }, { suiteYaml }] = await Promise.all([
    import('../../../shared/testSuite/caseFromConversation'),
    import('../../../shared/testSuite/suiteYaml'),
  ]);
  const text = suiteYaml(suiteFromConversation(conversation), header);
  return downloadExport({ fileName, mimeType: 'application/yaml', text });
};
