import { defineConfig } from 'vitest/config';
import { channelTableOf } from './src/shared/ipc/contract';

// The mutation pass (stryker.config.mjs) runs only the tests written for the four areas it mutates: the whole
// suite per mutant does not finish on two cores, and a mutant killed only by a distant test says little.
export default defineConfig({
  define: { __CHANNEL_TABLE__: JSON.stringify(channelTableOf()) },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    include: [
      'src/main/ipc/dispatch.test.ts',
      'src/main/famulor/errors.test.ts',
      'src/main/famulor/errors.mapping.test.ts',
      'src/main/famulor/errors.noAnswer.test.ts',
      'src/main/famulor/client.simulator.errors.test.ts',
      'src/main/famulor/retries.test.ts',
      'src/shared/domain/applySessionCommand.test.ts',
      'src/main/sessions/sessionStore.test.ts',
      'src/main/famulor/pacer.test.ts',
      'src/main/famulor/pacer.queue.test.ts',
      'src/main/famulor/accountPacer.test.ts',
    ],
  },
});
