// Blueprint Studio's collaboration server: Hocuspocus relays each shared board's Yjs updates
// between the people on it and keeps a copy in SQLite. Boards stay local-first: the server is
// where shared boards meet, never a requirement to edit.
//
//   HOST (127.0.0.1)  PORT (1234)  DATA_DIR (./data)  REDIS_URL (unset: one process)
//   DATABASE_URL (unset: SQLite files in DATA_DIR; else rooms and boards in that PostgreSQL)
//   ALLOWED_ORIGINS (unset: pages served from the server's own host name, on any port; else a
//   comma-separated list of the origins the app is served from)
import { mkdirSync } from 'node:fs';
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { createDocGuard } from '../src/document/guard.ts';
import { openSqlite } from './storage/sqlite.mjs';
import { isLinkKind, roomOf, scenarioKeyOf } from './storage/rooms.mjs';
import { openSeats } from './seats.mjs';
import { LIMITS, REFUSED, rateLimiter } from './limits.mjs';
import { blobRequest } from './blobRoutes.mjs';

/**
 * Starts a server (`limits` overrides some of LIMITS); resolves once it listens. Returns it with `stop()`.
 * @param {{ host?: string, port?: number, dataDir?: string, redisUrl?: string, databaseUrl?: string, quiet?: boolean,
 *   limits?: Partial<typeof LIMITS>, allowedOrigins?: string[] }} [options]
 */
export async function startServer({
  host = '127.0.0.1',
  port = 1234,
  dataDir = './data',
  redisUrl,
  databaseUrl,
  quiet = false,
  limits: overrides = {},
  allowedOrigins = [],
} = {}) {
  const limits = { ...LIMITS, ...overrides };
  mkdirSync(dataDir, { recursive: true });
  const store = databaseUrl ? await (await import('./storage/postgres.mjs')).openPostgres(databaseUrl, limits) : openSqlite(dataDir, limits);
  const { rooms, documents, blobs } = store;
  const seats = openSeats(limits);
  const limiters = new WeakMap();
  /**
   * What each loaded document costs: its bytes (kept up to date from the updates it receives)
   * and its Yjs items (what memory really grows with: a byte of update can be an object of a
   * hundred bytes), with the guard that tries each update on a copy before it is taken.
   */
  const loaded = new Map(); // name → { bytes, entries, guard }
  const total = () => {
    let bytes = 0,
      entries = 0;
    for (const room of loaded.values()) ((bytes += room.bytes), (entries += room.entries));
    return { bytes, entries };
  };
  /** @type {Map<string, number[]>} ip → recent room creations */
  const created = new Map();
  /** @type {number[]} every room creation in the last minute, from any address */
  let createdRecently = [];
  // Addresses that stopped creating rooms are forgotten, so the map never grows without bound.
  /** Which connection speaks for each presence (room + Yjs client id): the first that sent it, while it is open. */
  /** @type {Map<string, unknown>} */
  const presenceOwners = new Map();
  const open = (/** @type {any} */ connection) => connection?.webSocket?.readyState === 1;
  const prune = setInterval(() => {
    for (const [ip, times] of created) if (times.every((t) => Date.now() - t >= 60_000)) created.delete(ip);
    for (const [key, connection] of presenceOwners) if (!open(connection)) presenceOwners.delete(key);
    seats.prune(open);
  }, 60_000);
  prune.unref();
  /** The app's origin may call the HTTP API (CORS); any other page may not read its answers. */
  const originAllowed = (/** @type {string | undefined} */ origin, /** @type {string | undefined} */ hostHeader) => {
    if (!origin) return false;
    if (allowedOrigins.length) return allowedOrigins.includes(origin);
    try {
      const from = new URL(origin);
      const serverHost = new URL(`http://${hostHeader ?? ''}`).hostname;
      return /^https?:$/.test(from.protocol) && from.hostname === serverHost;
    } catch {
      return false;
    }
  };

  const extensions = [];
  if (redisUrl) {
    const url = new URL(redisUrl);
    extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379) }));
  }

  /**
   * With Redis, a revocation and a blob's arrival reach every process serving the room, not only
   * the one asked (which acts at once, and hears its own message again: acting twice is harmless).
   */
  let relay = null;
  if (redisUrl) {
    const { Redis: IORedis } = await import('ioredis');
    const [subscriber, publisher] = [new IORedis(redisUrl), new IORedis(redisUrl)];
    await subscriber.subscribe(REVOKE_CHANNEL, BLOB_CHANNEL);
    subscriber.on('message', (channel, message) => {
      const [room, ...rest] = String(message).split('\n');
      if (channel === REVOKE_CHANNEL) closeLinks(room, rest);
      else if (channel === BLOB_CHANNEL) announceBlob(room, rest[0]);
    });
    relay = {
      publish: (/** @type {string} */ channel, /** @type {string} */ room, /** @type {string[]} */ rest) =>
        publisher.publish(channel, [room, ...rest].join('\n')),
      close: () => {
        subscriber.disconnect();
        publisher.disconnect();
      },
    };
  }

  /**
   * Tells everyone on a room's boards (its scenarios too) here that a blob arrived: a card they
   * show with "not here yet" fetches it then. Sent as a stateless message, never stored.
   */
  const announceBlob = (/** @type {string} */ room, /** @type {string} */ hash) => {
    for (const [name, document] of server.hocuspocus.documents) if (roomOf(name) === room) document.relayStateless(JSON.stringify({ blob: hash }));
  };

  /**
   * Folds a board's appended updates into its snapshot. A fold that fails loses nothing (the
   * updates stay appended, and the next fold takes them), so it is reported, never thrown: a
   * throwing hook stops the hooks after it, among them the one a shutdown waits for.
   */
  const fold = async (/** @type {string} */ name) => {
    try {
      await documents.compact(name);
    } catch (error) {
      if (!quiet) console.error(`Folding ${name} failed (its updates stay stored):`, error);
    }
  };

  /** Closes the sessions on a room that hold a link of these kinds, with the revocation's reason. */
  const closeLinks = (/** @type {string} */ room, /** @type {string[]} */ kinds) => {
    const revoked = REFUSED.link();
    for (const connection of seats.connections(room, kinds)) /** @type {any} */ (connection).webSocket?.close(revoked.code, revoked.reason);
  };

  const server = new Server({
    address: host,
    port,
    quiet: true,
    name: `blueprint-studio-${port}`,
    extensions,
    // Documents are stored as each update arrives (beforeHandleMessage), not by Hocuspocus's
    // debounced store; the background compaction runs when a board has been quiet this long.
    debounce: 2000,
    maxDebounce: 10000,
    websocketOptions: { maxPayload: limits.messageBytes + 1024 },

    async onConnect({ documentName }) {
      if (!rooms.isBoardName(documentName)) throw REFUSED.link();
    },

    async onAuthenticate({ documentName, token, connectionConfig, socketId, request }) {
      // A scenario's board ("<room>.<key>") opens with its room's links.
      const room = /** @type {string} */ (roomOf(documentName));
      const access = await rooms.access(room, token);
      if (!access) throw REFUSED.link();
      // A scenario not stored yet is made by someone who may edit, up to the room's limit.
      if (scenarioKeyOf(documentName) && !loaded.has(documentName)) {
        const known = await documents.names(`${room}.`);
        if (!known.includes(documentName)) {
          if (access === 'view' || access === 'comment') throw REFUSED.link();
          if (known.length >= limits.scenariosPerRoom) throw REFUSED.tooManyScenarios();
        }
      }
      // A board not in memory yet costs memory to load: refused while the server is full.
      if (!loaded.has(documentName)) {
        const now = total();
        if (now.bytes >= limits.totalBytes || now.entries >= limits.totalEntries) throw REFUSED.serverFull();
      }
      // Hocuspocus passes Node's request (its types say a fetch Request).
      const address = /** @type {import('node:http').IncomingMessage} */ (/** @type {unknown} */ (request)).socket?.remoteAddress ?? '';
      const seat = seats.take(documentName, access, address, socketId);
      if (access === 'view') connectionConfig.readOnly = true;
      return { access, seat };
    },

    /**
     * The client is told what its link allows (Hocuspocus itself says only read-only or not):
     * a comment link is "read-write" to Hocuspocus, and the app must know not to offer edits.
     */
    async connected({ context, connection, documentName, instance }) {
      if (context.seat) context.seat.connection = connection;
      connection.sendStateless(JSON.stringify({ access: context.access }));
      // With several processes, another one may have stored edits this one never heard of (it
      // was killed between storing and relaying them): whoever connects gets the board with
      // everything stored. Applying what the document has already changes nothing.
      const document = instance.documents.get(documentName);
      if (redisUrl && document) Y.applyUpdate(document, await documents.load(documentName));
    },

    async onDisconnect({ context }) {
      seats.release(context.seat);
    },

    async onLoadDocument({ documentName, document }) {
      Y.applyUpdate(document, await documents.load(documentName));
    },

    /**
     * Presence is relayed to everyone on the board, so it is checked here: a connection may speak
     * only for the client ids it started with (a viewer cannot replace someone else's name,
     * colour or selection by reusing their id), and a state must look like one (bounded size,
     * a text name, a list of ids as selection). Anything else is left out of what is relayed.
     */
    async beforeHandleAwareness({ states, connection, documentName }) {
      if (!connection) return;
      for (const [clientId, state] of states) {
        const key = `${documentName}\u0000${clientId}`;
        const speaker = presenceOwners.get(key);
        if ((speaker && speaker !== connection && open(speaker)) || !presenceValid(state)) {
          states.delete(clientId);
          continue;
        }
        presenceOwners.set(key, connection);
      }
    },

    async afterLoadDocument({ documentName, document }) {
      const guard = createDocGuard(() => Y.encodeStateAsUpdate(document));
      const room = { bytes: Y.encodeStateAsUpdate(document).length, entries: guard.entries(), guard };
      // Every update the document takes reaches the copy too: those from another process (through
      // Redis), and again those admitted here, since a rebuild of the copy between admitting and
      // applying one would otherwise lose it (applying a known update again changes nothing).
      document.on('update', (update) => guard.follow(update));
      loaded.set(documentName, room);
    },

    /**
     * Every message is limited (rate, size); one that carries content is also tried on the
     * guard's copy, counted against the board's and the server's memory, and appended to the
     * store before Hocuspocus applies it and acknowledges it: "synced" means stored. A refusal
     * closes the sender's session with its reason, and nothing of the update is kept.
     */
    async beforeHandleMessage({ connection, context, update: message, documentName }) {
      let limiter = limiters.get(connection);
      if (!limiter) limiters.set(connection, (limiter = rateLimiter(limits.messagesPerSecond, limits.messageBurst)));
      if (!limiter.take()) throw REFUSED.tooFast();
      if (message.length > limits.messageBytes) throw REFUSED.tooLarge();
      const update = contentOf(message);
      if (!update || connection.readOnly) return; // a viewer's content is not applied (and the viewer is told)
      const room = loaded.get(documentName);
      if (!room) throw REFUSED.unavailable();
      const now = total();
      if (room.bytes + update.length > limits.documentBytes) throw REFUSED.documentFull();
      if (now.bytes + update.length > limits.totalBytes) throw REFUSED.serverFull();
      // A comment link's changes may touch the comments and nothing else of the board.
      const why = room.guard.admit(update, context.access === 'comment' ? 'comments' : undefined);
      if (why) throw REFUSED[why]();
      const entries = room.guard.entries();
      if (entries > limits.documentEntries || now.entries - room.entries + entries > limits.totalEntries) {
        room.guard.reset();
        throw entries > limits.documentEntries ? REFUSED.documentFull() : REFUSED.serverFull();
      }
      await documents.append(documentName, update);
      room.bytes += update.length;
      room.entries = entries;
    },

    async onStoreDocument({ documentName }) {
      await fold(documentName);
    },

    async afterUnloadDocument({ documentName }) {
      loaded.get(documentName)?.guard.dispose();
      loaded.delete(documentName);
      await fold(documentName);
    },

    async onRequest({ request, response }) {
      // Any request target must get an answer, never end the process: one that is not a path
      // (such as '//' or 'http://') is a bad request.
      let url;
      try {
        url = new URL(`http://server${request.url?.startsWith('/') ? '' : '/'}${request.url ?? ''}`);
      } catch {
        url = null;
      }
      if (url && !url.pathname.startsWith('/api/')) return;
      const origin = request.headers.origin;
      /**
       * An answer: JSON, or bytes (a blob: data, never a page, whatever it holds). A request whose
       * body is still arriving (a refusal comes before a large upload is all sent) is read to its
       * end and dropped first, for a while at most: answered and closed at once, its sender would
       * see a reset connection instead of the answer.
       */
      const send = (/** @type {number} */ status, /** @type {unknown} */ body = undefined, /** @type {Uint8Array=} */ bytes = undefined) => {
        let answered = false;
        const answer = () => {
          if (answered) return;
          answered = true;
          clearTimeout(waiting);
          response.writeHead(status, {
            'Content-Type': bytes ? 'application/octet-stream' : 'application/json',
            'X-Content-Type-Options': 'nosniff',
            Vary: 'Origin',
            ...(originAllowed(origin, request.headers.host) && {
              'Access-Control-Allow-Origin': origin,
              'Access-Control-Allow-Headers': 'Authorization, Content-Type',
              'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
            }),
          });
          response.end(bytes ?? (body === undefined ? '' : JSON.stringify(body)));
        };
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let waiting;
        // A body that says it is far larger than anything taken is not waited for: answered at once.
        const declared = Number(request.headers['content-length']);
        if (request.complete || !(declared <= 2 * limits.blobBytes)) return answer();
        request.resume();
        request.once('end', answer);
        waiting = setTimeout(answer, DRAIN_WITHIN_MS);
      };
      try {
        if (!url) send(400, { error: 'Bad request' });
        else if (request.method === 'OPTIONS') send(204);
        else if (request.method === 'GET' && url.pathname === '/api/health') send(200, { ok: true });
        else if (
          await blobRequest({
            request,
            url,
            send,
            rooms,
            blobs,
            limits,
            arrived: async (room, hash) => {
              announceBlob(room, hash);
              await relay?.publish(BLOB_CHANNEL, room, [hash]);
            },
          })
        ) {
          // answered there
        } else if (request.method === 'POST' && url.pathname === '/api/rooms') {
          const ip = request.socket.remoteAddress ?? '';
          const recent = (created.get(ip) ?? []).filter((t) => Date.now() - t < 60_000);
          createdRecently = createdRecently.filter((t) => Date.now() - t < 60_000);
          if (recent.length >= limits.roomsPerMinute || createdRecently.length >= limits.roomsPerMinuteTotal)
            send(429, { error: REFUSED.tooManyRooms().reason });
          else {
            created.set(ip, [...recent, Date.now()]);
            createdRecently.push(Date.now());
            send(201, await rooms.create());
          }
        } else if (request.method === 'GET' && /^\/api\/rooms\/[^/]+\/scenarios$/.test(url.pathname)) {
          // The scenarios of a shared board, for anyone holding one of its links: their keys.
          const room = url.pathname.split('/')[3] ?? '';
          const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
          if (!rooms.isRoomId(room) || !(await rooms.access(room, token))) send(403, { error: REFUSED.link().reason });
          else send(200, { scenarios: (await documents.names(`${room}.`)).map((name) => scenarioKeyOf(name)).filter(Boolean) });
        } else {
          // The owner's requests: /api/rooms/:room/rotate (every link replaced) and
          // /api/rooms/:room/links/:kind (POST: that link replaced; DELETE: revoked).
          const path = url.pathname.match(/^\/api\/rooms\/([^/]+)\/(rotate|links\/([^/]+))$/);
          const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
          let room = null;
          try {
            room = path && decodeURIComponent(path[1]);
          } catch {
            room = null;
          }
          const kind = /** @type {import('./storage/rooms.mjs').LinkKind | undefined} */ (path?.[3]);
          if (!path) send(404, { error: 'Not found' });
          else if (!room || (kind !== undefined && !isLinkKind(kind))) send(400, { error: 'Bad request' });
          else if (path[2] === 'rotate' ? request.method !== 'POST' : !['POST', 'DELETE'].includes(request.method ?? ''))
            send(404, { error: 'Not found' });
          else {
            const next = kind ? await rooms.setLink(room, token, kind, request.method === 'POST') : await rooms.rotate(room, token);
            if (!next) send(403, { error: REFUSED.notOwner().reason });
            else {
              // Old links stop now, not at their next reconnect: every socket holding one is closed
              // with the reason, on this process and (through Redis) on every other one, and
              // reconnecting with an old secret is refused. The owner and other links stay on.
              const kinds = kind ? [kind] : ['edit', 'comment', 'view'];
              closeLinks(room, kinds);
              await relay?.publish(REVOKE_CHANNEL, room, kinds);
              send(200, next);
            }
          }
        }
      } catch (error) {
        send(500, { error: 'The server could not do that' });
        if (!quiet) console.error(error);
      }
      // Answered here: Hocuspocus's own reply is skipped.
      throw null;
    },
  });

  await server.listen();
  if (!quiet)
    console.log(
      `Blueprint Studio sync server listening on ws://${host}:${server.address.port} (data in ${databaseUrl ? 'PostgreSQL' : dataDir}${redisUrl ? `, shared through ${redisUrl}` : ''})`,
    );
  return {
    port: server.address.port,
    stop: async () => {
      clearInterval(prune);
      relay?.close();
      // Hocuspocus's shutdown waits for every board to unload, and a board whose session was
      // closed on a refused change sometimes never does: the stop goes on after a while, since
      // everything acknowledged is stored already (folding is only tidying up).
      let waited;
      await Promise.race([server.destroy(), new Promise((resolve) => (waited = setTimeout(resolve, STOP_WITHIN_MS)))]);
      clearTimeout(waited);
      await store.close();
    },
  };
}

const REVOKE_CHANNEL = 'blueprint-studio:revoked';
const BLOB_CHANNEL = 'blueprint-studio:blob';
/** The longest a refused request's body is read and dropped before the answer goes anyway. */
const DRAIN_WITHIN_MS = 10_000;
/** The longest a stop waits for Hocuspocus to unload every board. */
const STOP_WITHIN_MS = 5_000;

/**
 * The presence this app sends (name, colour, selection, pointer): small, and of the right types.
 * @param {any} state whatever a client sent
 */
export function presenceValid(state) {
  if (!state || typeof state !== 'object') return false;
  let size;
  try {
    size = JSON.stringify(state).length;
  } catch {
    return false;
  }
  if (size > 8192) return false;
  const { user, selection, pointer } = state;
  if (user !== undefined && (typeof user !== 'object' || user === null || typeof user.name !== 'string' || user.name.length > 60)) return false;
  if (user && user.color !== undefined && (typeof user.color !== 'string' || user.color.length > 32)) return false;
  if (
    selection !== undefined &&
    !(Array.isArray(selection) && selection.length <= 500 && selection.every((id) => typeof id === 'string' && id.length <= 64))
  )
    return false;
  if (pointer !== undefined && pointer !== null && !(typeof pointer === 'object' && Number.isFinite(pointer.x) && Number.isFinite(pointer.y)))
    return false;
  return true;
}

/** Hocuspocus's message types that carry a Yjs sync message, and the sync steps that carry content. */
const SYNC = 0,
  SYNC_REPLY = 4;
const STEP2 = 1,
  UPDATE = 2;

/**
 * The document content a Hocuspocus message carries, or null: a sync step 2 or an update, sent as
 * a Sync or as a SyncReply message (replies counted no bytes once, so a board could grow past its
 * limit through them). A read request (step 1, a state vector) and presence carry none.
 * A message that cannot be read is refused.
 */
/** @param {Uint8Array} message */
export function contentOf(message) {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // document name (and session)
    const type = decoding.readVarUint(decoder);
    if (type !== SYNC && type !== SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    return step === STEP2 || step === UPDATE ? decoding.readVarUint8Array(decoder) : null;
  } catch {
    throw REFUSED.unreadable();
  }
}
