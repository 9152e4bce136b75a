/**
 * Under jsdom, `Uint8Array` is the window's while `structuredClone` (used by fake-indexeddb) is
 * Node's, so bytes read back from the fake IndexedDB fail `instanceof Uint8Array` and Yjs cannot
 * decode them. Browsers have one realm; this gives the tests one too.
 */
const nodeClone = globalThis.structuredClone;

function toThisRealm(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof Uint8Array) && value.constructor.name === 'Uint8Array')
    return new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value)) return value.map(toThisRealm);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = toThisRealm((value as Record<string, unknown>)[key]);
  }
  return value;
}

globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) =>
  toThisRealm(nodeClone(value, options))) as typeof structuredClone;
