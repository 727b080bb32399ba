// Playwright's Electron tests (tests/electron): the real desktop app, launched with _electron.launch. Separate from
// the browser config; run through scripts/test-electron.mjs, which skips where the Electron binary is missing.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  outputDir: '.test-output/playwright-electron',
});
