import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { freePort } from '../../scripts/freePort.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run serve` as the README gives it (its build, made before the tests), on a free port with its own data directory (or the
 * ones given: a restart); resolves once it listens.
 */
export async function startSyncServer(
  at: { port?: number; dataDir?: string } = {},
): Promise<{ url: string; port: number; dataDir: string; stop(): Promise<void> }> {
  const port = at.port ?? (await freePort());
  const dataDir = at.dataDir ?? mkdtempSync(join(tmpdir(), 'bs-e2e-server-'));
  const child: ChildProcess = spawn(process.execPath, ['server/dist/main.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('listening')) resolve();
    });
    child.on('exit', () => reject(new Error(`sync server exited: ${output}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A sync server of the spec file's own, started before its tests and stopped after them; `url` once started. */
export function syncServerForFile(): { readonly url: string } {
  let started: Awaited<ReturnType<typeof startSyncServer>> | null = null;
  test.beforeAll(async () => {
    started = await startSyncServer();
  });
  test.afterAll(async () => {
    await started?.stop();
  });
  return {
    get url() {
      return started!.url;
    },
  };
}
