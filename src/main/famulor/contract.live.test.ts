import { describeAssistantContract } from '../testing/contract/assistantContractSuite';
import { describeContract } from '../testing/contract/contractSuite';
import { connectLive, LIVE_ENV, liveSettingsFromEnv } from '../testing/contract/contractTarget';
import { describeWhatsAppContract } from '../testing/contract/whatsappContractSuite';

// The generate-reply limit (5 a minute) makes the live run wait about a minute in the middle.
const LIVE_TIMEOUT_MS = 180_000;

const live = liveSettingsFromEnv(process.env);
if (!live.run) console.info(`Live Famulor contract tests skipped: ${live.reason}.`);

const connect = async () => {
  if (!live.run) throw new Error(`${LIVE_ENV.apiKey} is not set.`);
  return connectLive(live.settings);
};
const options = live.run ? { timeoutMs: LIVE_TIMEOUT_MS } : { skipReason: live.reason };

describeContract('contract: live Famulor API', connect, options);
// Reads and refusals only: a live run sends no WhatsApp message.
describeWhatsAppContract('WhatsApp contract: live Famulor API', connect, options);
// The models and refusals always; a scratch copy only with FAMULOR_CONTRACT_ASSISTANT_WRITES=1.
describeAssistantContract('assistant contract: live Famulor API', connect, options);
