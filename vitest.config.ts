import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { channelTableOf } from './src/shared/ipc/contract';

export default defineConfig({
  plugins: [react()],
  // As in the build (electron.vite.config.ts): the contract's names and limits for channelTable.ts.
  define: { __CHANNEL_TABLE__: JSON.stringify(channelTableOf()) },
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/main/**/*.test.ts', 'src/shared/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // The renderer's stores against main's real handlers and the simulator: Node's fetch and AbortController.
        test: { name: 'integration', environment: 'node', include: ['integration/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}', 'src/bridges/**/*.test.ts'],
          setupFiles: ['src/renderer/testing/setup.ts'],
        },
      },
    ],
  },
});
