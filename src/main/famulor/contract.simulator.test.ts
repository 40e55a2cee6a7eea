import { describeAssistantContract } from '../testing/contract/assistantContractSuite';
import { describeContract } from '../testing/contract/contractSuite';
import { connectSimulator } from '../testing/contract/contractTarget';
import { describeWhatsAppContract } from '../testing/contract/whatsappContractSuite';

describeContract('contract: offline simulator', connectSimulator);
describeWhatsAppContract('WhatsApp contract: offline simulator', connectSimulator);
describeAssistantContract('assistant contract: offline simulator', connectSimulator);
