// Runs every test runner (vitest, Playwright, then Playwright's Electron tests where Electron can run), prints one line "N passed, N failed", exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve('.test-output');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const only = process.argv[2]; // optional: 'unit', 'e2e' or 'electron'

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

let passed = 0;
let failed = 0;

if (!only || only === 'unit') {
  const file = path.join(out, 'vitest.json');
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    if (status !== 0 && report.numFailedTests === 0) failed += 1; // suite-level error (e.g. a file that failed to load)
  } else failed += 1;
}

if (!only || only === 'e2e') {
  const file = path.join(out, 'playwright.json');
  const status = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file);
  if (report) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    if (status !== 0 && report.stats.unexpected === 0) failed += 1 + (report.errors?.length ? 0 : 0);
  } else failed += 1;
}

// Electron's own tests where its binary exists; elsewhere test-electron.mjs prints its one "skipped" line.
if (!only || only === 'electron') {
  const file = path.join(out, 'playwright-electron.json');
  const status = run('node', ['scripts/test-electron.mjs', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file);
  if (report) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    if (status !== 0 && report.stats.unexpected === 0) failed += 1;
  } else if (status !== 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
