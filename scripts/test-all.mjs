#!/usr/bin/env node
// The one test command: typecheck, lint, unit + component tests (vitest), production build,
// end-to-end tests (Playwright in Debian's Chromium). Ends with one line
// "N passed, M failed, K skipped" totalling every suite, read from the runners' JSON reports; a
// runner that exits non-zero with no failed test in its report (an unhandled error, a suite that
// did not load) counts as one more failure, so nothing is hidden.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const reports = '.reports';
mkdirSync(reports, { recursive: true });
const vitestJson = `${reports}/vitest.json`;
const playwrightJson = `${reports}/playwright.json`;
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

let passed = 0;
let failed = 0;
let skipped = 0;
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
check('lint', 'npm', ['run', '--silent', 'lint']); // eslint, then prettier --check

/** Adds a runner's counts; its exit code must agree with them. */
function tally(ok, counts) {
  if (!counts) {
    failed++;
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  if (!ok && counts.failed === 0) failed++; // exited non-zero without a failed test: an error outside the tests
  if (counts.passed + counts.failed === 0) failed++; // ran no test at all
}
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitestOk = run('unit + component tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const v = readJson(vitestJson);
tally(vitestOk && !!v?.success, v && { passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests + v.numTodoTests });

const built = run('production build (app and sync server)', 'sh', ['-c', 'npx vite build --logLevel warn && node scripts/build-server.mjs']);
if (built) passed++;
else failed++;

if (built) {
  // Playwright serves the build just made (dist/) on a free port of its own: see playwright.config.ts.
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: playwrightJson });
  const r = readJson(playwrightJson);
  // A flaky test (passed only on retry) is a failure here: retries are off, and must stay so.
  tally(e2eOk, r && { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky + (r.errors?.length ?? 0), skipped: r.stats.skipped });
} else failed++;

// The benchmark's smoke run keeps the harness from rotting; budgets are judged by `npm run bench -- --strict`.
if (built) check('benchmark smoke run (bench --quick)', 'node', ['bench/run.mjs', '--quick']);
else failed++;

console.log(`\nAll suites in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && skipped === 0 ? 0 : 1);
