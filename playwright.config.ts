// Playwright drives Debian's Chromium against the real web host and back end (see tests/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  outputDir: '.test-output/playwright',
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    launchOptions: {
      executablePath: process.env.SWANILAI_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
});
