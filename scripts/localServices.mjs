// PostgreSQL and Redis servers of a test's or a load test's own, on free loopback ports, keeping
// their data in a temporary directory (or none); never a system service. Each resolves once the
// server answers, with its URL and `stop()`.
import { spawn, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.mjs';

/** Resolves once `check` is true, trying every 50 ms; rejects after `timeout` ms. */
async function until(/** @type {() => Promise<boolean>} */ check, timeout = 20_000) {
  const start = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > timeout) throw new Error('the server did not answer in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} signal */
const stopper = (child, signal, after = () => {}) => {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return async () => {
    if (child.exitCode === null) child.kill(signal);
    await exited;
    after();
  };
};

/** Redis, keeping nothing on disk. */
export async function localRedis() {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const stop = stopper(redis, 'SIGTERM');
  await until(
    () =>
      new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
        socket.on('error', () => resolve(false));
      }),
  );
  return { url: `redis://127.0.0.1:${port}`, stop };
}

/**
 * PostgreSQL: a fresh cluster (initdb) in a temporary directory, its socket there too. As root it
 * runs as the `postgres` user Debian's package makes (PostgreSQL refuses to run as root), through
 * setpriv, which runs the program in place so that a signal reaches PostgreSQL itself.
 */
export async function localPostgres() {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const bin = join('/usr/lib/postgresql', versions[0], 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'bs-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (/** @type {string} */ flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  /** @param {string} program @param {string[]} args @returns {[string, string[]]} */
  const command = (program, args) =>
    asRoot ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', join(bin, program), ...args]] : [join(bin, program), args];
  execFileSync(...command('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'bs', '-E', 'UTF8', '--locale=C', '--no-sync']), {
    stdio: 'ignore',
  });
  const port = await freePort();
  const postgres = spawn(...command('postgres', ['-D', join(dir, 'data'), '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1']), {
    stdio: 'ignore',
  });
  // SIGINT: a fast shutdown (clients are disconnected, nothing committed is lost).
  const stop = stopper(postgres, 'SIGINT', () => rmSync(dir, { recursive: true, force: true }));
  const url = `postgres://bs@127.0.0.1:${port}/postgres`;
  const { default: pg } = await import('pg');
  await until(async () => {
    const probe = new pg.Client({ connectionString: url });
    try {
      await probe.connect();
      await probe.query('SELECT 1');
      return true;
    } finally {
      await probe.end().catch(() => {});
    }
  });
  return { url, stop };
}
