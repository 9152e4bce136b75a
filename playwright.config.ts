import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

/** Debian's Chromium (never a downloaded browser); override with CHROMIUM_PATH. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
}

export const chromiumLaunch = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/**
 * A free port for the preview server, chosen once by the main process; workers inherit it
 * through the environment, so all of them test the same server: the build just made, never an
 * unrelated server that happens to listen on a fixed port.
 */
function previewPort(): number {
  process.env.PW_PREVIEW_PORT ??= execSync(
    `node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"`,
    { encoding: 'utf8' },
  ).trim();
  return Number(process.env.PW_PREVIEW_PORT);
}
const port = previewPort();

export default defineConfig({
  testDir: 'test/e2e',
  // Bounds for a hang, not speed checks: the suite shares two cores with Chromium, the preview
  // and the sync servers, and a 25 s test on a quiet machine took over 30 s on a busy one.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    viewport: { width: 1400, height: 850 },
    launchOptions: chromiumLaunch,
    trace: 'off',
    // The service worker only where a test is about it (offline, updates): elsewhere it would
    // download the whole app in the background of every test.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
