import { describeContract } from './contractSuite';
import { connectSimulator } from './contractTarget';

describeContract('contract: offline simulator', connectSimulator);
