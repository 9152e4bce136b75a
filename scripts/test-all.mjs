#!/usr/bin/env node
// The one test command: typecheck, lint, unit + component tests (vitest), production build,
// end-to-end tests (Playwright in Debian's Chromium). Ends with one line "N passed, M failed"
// totalling every suite, read from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const reports = '.reports';
mkdirSync(reports, { recursive: true });
const vitestJson = `${reports}/vitest.json`;
const playwrightJson = `${reports}/playwright.json`;
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

let passed = 0;
let failed = 0;
const started = Date.now();

function run(label, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${result.status === 0 ? 'ok' : `exit ${result.status}`} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

/** A check without its own test counts (typecheck, lint, build) counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else failed++;
}

check('typecheck', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.']);

run('unit + component tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.numTotalTests === 0 ? 1 : 0);
  if (!r.success && r.numFailedTests === 0) failed++; // a suite that failed to load
} else failed++;

const built = run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) passed++;
else failed++;

if (built) {
  run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: playwrightJson });
  if (existsSync(playwrightJson)) {
    const r = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected + (r.errors?.length ?? 0);
  } else failed++;
} else failed++;

// The benchmark's smoke run keeps the harness from rotting; budgets are judged by `npm run bench -- --strict`.
if (built) check('benchmark smoke run (bench --quick)', 'node', ['bench/run.mjs', '--quick']);
else failed++;

console.log(`\nAll suites in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
