// `npm run build:server`: the sync server as one file for Node (server/dist/main.mjs). The server
// checks each update with the app's own document reader (src/document), which is TypeScript:
// this bundles it; packages stay imports from node_modules.
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
      ssr: 'server/main.mjs',
      outDir: 'server/dist',
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'main.mjs' } },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
