// `npm run serve`: the collaboration server, configured from the environment.
import { startServer } from './server.mjs';

const server = await startServer({
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 1234),
  dataDir: process.env.DATA_DIR || './data',
  redisUrl: process.env.REDIS_URL || undefined,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.stop().then(() => process.exit(0)));
