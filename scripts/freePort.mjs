import { createServer } from 'node:net';

/**
 * A free TCP port on loopback (for servers the tests and scripts start of their own).
 * @returns {Promise<number>}
 */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
