// Vitest's global setup: the sync server is built once, before any test file starts one. Built
// by each test file's own worker, one build could empty server/dist/ while another file's
// server was starting from it.
import { buildServer } from '../scripts/build-server.mjs';

export default async function setup() {
  await buildServer();
}
