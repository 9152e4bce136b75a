/** Random bytes drawn ahead, so that ids made by the thousand (an import) cost one call to the browser. */
const pool = new Uint8Array(9 * 1024);
let used = pool.length;

/** Short random ids; unique enough inside one board and across boards for import remapping. */
export function newId(prefix = ''): string {
  if (used + 9 > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  let s = '';
  for (let i = used; i < used + 9; i++) s += ALPHABET[pool[i]! & 63];
  used += 9;
  return prefix + s;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-';
