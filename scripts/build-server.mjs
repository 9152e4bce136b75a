// `npm run build:server`: the sync server for Node (server/dist/main.mjs), and its load test
// (server/dist/loadtest.mjs). The server checks each update with the app's own document reader
// (src/document), and the load test edits real boards, both TypeScript: this bundles them;
// packages stay imports from node_modules.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildServer() {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: 'server/dist',
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { input: { main: 'server/main.mjs', loadtest: 'scripts/loadtest.mjs' }, output: { entryFileNames: '[name].mjs' } },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
