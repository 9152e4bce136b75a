// `npm run serve`: the collaboration server, configured from the environment.
import { startServer } from './server.mjs';

const MB = 1024 * 1024;
/** Memory and storage limits an operator may set (limits.mjs has the defaults, and the limits that are about fairness). */
/** @type {Record<string, [string, number]>} */
const FROM_ENV = {
  MAX_BOARD_MB: ['documentBytes', MB],
  MAX_BOARD_ITEMS: ['documentEntries', 1],
  MAX_SERVER_MB: ['totalBytes', MB],
  MAX_SERVER_ITEMS: ['totalEntries', 1],
  MAX_FILE_MB: ['blobBytes', MB],
  MAX_BOARD_FILES_MB: ['roomBlobBytes', MB],
};
/** @type {Record<string, number>} */
const limits = {};
for (const [name, [key, unit]] of Object.entries(FROM_ENV)) {
  const value = Number(process.env[name]);
  if (value > 0) limits[key] = value * unit;
}

const server = await startServer({
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 1234),
  dataDir: process.env.DATA_DIR || './data',
  redisUrl: process.env.REDIS_URL || undefined,
  databaseUrl: process.env.DATABASE_URL || undefined,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  limits,
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () =>
    server.stop().then(
      () => process.exit(0),
      (error) => {
        console.error('Stopping failed (everything acknowledged is stored):', error);
        process.exit(1);
      },
    ),
  );
