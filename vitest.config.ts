// Vitest runs unit and integration tests (Node environment, real SQLite files and real files in temp dirs).
import { defineConfig } from 'vitest/config';
import { BACKEND_NODE_FLAGS } from './electron/services/runtime-flags';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The back end's own V8 flags, so memory tests measure the process as the app runs it.
    execArgv: BACKEND_NODE_FLAGS,
  },
});
