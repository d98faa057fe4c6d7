import { defineConfig } from 'vitest/config';

// What `npm run mutation` (StrykerJS) runs against each mutant: the unit tests of the mutated
// modules, in plain Node; fast enough to run a few hundred mutants on two cores.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: [
      'test/unit/core/calls/call-sync.test.ts',
      'test/unit/core/calls/call-tracker*.test.ts',
      'test/unit/core/sync/poll-loop*.test.ts',
      'test/unit/core/phonebook/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
