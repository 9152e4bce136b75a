// The HTTP API for a shared board's pictures and files (see storage/blobs.mjs):
//   POST /api/rooms/:room/blobs/missing      {hashes} → {missing}: what an uploader still has to send
//   PUT  /api/rooms/:room/blobs/:hash        the bytes (edit link or owner); they must hash to :hash
//   PUT  /api/rooms/:room/blobs/:hash/thumb  a picture's card rendition (edit link or owner)
//   GET  the same two                         with any of the room's links
// Bytes are always served as application/octet-stream and never sniffed: a stored file is data
// for the app, never a page the browser would render.
import { isBlobHash, BLOB_REFUSED } from './storage/blobs.mjs';
import { REFUSED } from './limits.mjs';

const PATH = /^\/api\/rooms\/([A-Za-z0-9_-]{16,64})\/blobs\/(missing|[^/]+)(\/thumb)?$/;

/**
 * Answers a blob request; false when the path is not one of these.
 * @param {{
 *   request: import('node:http').IncomingMessage, url: URL,
 *   send(status: number, body?: unknown, bytes?: Uint8Array): void,
 *   rooms: { access(room: string, token: unknown): Promise<string | null> },
 *   blobs: ReturnType<typeof import('./storage/blobs.mjs').blobsOver>,
 *   limits: { blobBytes: number, roomBlobBytes: number, thumbBytes: number, blobQuestion: number },
 *   arrived(room: string, hash: string): void | Promise<void>,
 * }} c
 */
export async function blobRequest({ request, url, send, rooms, blobs, limits, arrived }) {
  const path = PATH.exec(url.pathname);
  if (!path) return false;
  const [, room, name, thumb] = path;
  const method = request.method ?? '';
  const question = name === 'missing' && !thumb;
  if ((question && method !== 'POST') || (!question && method !== 'GET' && method !== 'PUT')) return (send(405, { error: 'Not allowed' }), true);
  if (!question && !isBlobHash(name)) return (send(400, { error: 'Bad request' }), true);
  const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  const access = await rooms.access(room, token);
  const writes = access === 'owner' || access === 'edit';
  if (!access || (method !== 'GET' && !writes)) {
    request.resume(); // what was sent is read and dropped, so the refusal reaches the sender
    return (send(403, { error: REFUSED.link().reason }), true);
  }

  if (method === 'GET') {
    const bytes = thumb ? await blobs.thumb(room, name) : await blobs.get(room, name);
    if (bytes) send(200, undefined, bytes);
    else send(404, { error: BLOB_REFUSED.notHere.reason });
    return true;
  }
  const body = await readBody(request, question ? 64 * 1024 + limits.blobQuestion * 70 : thumb ? limits.thumbBytes : limits.blobBytes);
  if (!body) return (send(413, { error: BLOB_REFUSED.tooLarge.reason }), true);
  if (question) {
    let hashes;
    try {
      hashes = JSON.parse(new TextDecoder().decode(body)).hashes;
    } catch {
      hashes = null;
    }
    if (!Array.isArray(hashes) || hashes.length > limits.blobQuestion || !hashes.every(isBlobHash))
      return (send(400, { error: 'Bad request' }), true);
    // With the limits, so that an uploader refuses a file too large before sending it.
    send(200, {
      missing: await blobs.missing(room, [...new Set(hashes)]),
      limits: { blobBytes: limits.blobBytes, roomBlobBytes: limits.roomBlobBytes },
      used: await blobs.used(room),
    });
    return true;
  }
  const refused = thumb ? await blobs.putThumb(room, name, body) : await blobs.put(room, name, body);
  if (refused) return (send(refused.status, { error: refused.reason }), true);
  send(201, {});
  if (!thumb) await arrived(room, name);
  return true;
}

/**
 * A request's body, or null as soon as it is larger than `max` (what it declares or what
 * arrives); the refusal then reads and drops the rest (see `send`).
 * @param {import('node:http').IncomingMessage} request @param {number} max
 * @returns {Promise<Uint8Array | null>}
 */
function readBody(request, max) {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > max) return Promise.resolve(null); // the answer reads and drops the rest
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > max) {
        request.off('data', onData);
        resolve(null); // the answer reads and drops the rest
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => size <= max && resolve(new Uint8Array(Buffer.concat(chunks, size))));
    request.on('error', reject);
  });
}
