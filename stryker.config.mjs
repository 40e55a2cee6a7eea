// Mutation testing (issue 19): the code whose every branch is a promise to the user — the dispatcher that checks
// what crosses the IPC boundary, the client's mapping of Famulor's errors, the session reducers and the pacer.
// `npm run mutation` prints the score per file and writes reports/mutation/index.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/main/ipc/dispatch.ts',
    'src/main/famulor/errors.ts',
    'src/shared/domain/applySessionCommand.ts',
    'src/main/famulor/pacer.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
