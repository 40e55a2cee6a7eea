import { describeContract } from './contractSuite';
import { connectSimulator } from './contractTarget';
import { describeWhatsAppContract } from './whatsappContractSuite';

describeContract('contract: offline simulator', connectSimulator);
describeWhatsAppContract('WhatsApp contract: offline simulator', connectSimulator);
