import { CliUsageError, parseCliArgs, startupBanner, USAGE } from './cliConfig';
import { startSimulator } from './index';

// `npm run simulator`: the offline Famulor API on its own, for demos and for trying the curl examples.
const readOptions = () => {
  try {
    return parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
};

const options = readOptions();
if (options === null) {
  console.log(USAGE);
  process.exit(0);
}
const simulator = await startSimulator(options);
console.log(startupBanner(simulator.baseUrl, simulator, options));

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received, stopping the simulator.`);
  await simulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
