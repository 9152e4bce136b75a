// The store for several server processes on several machines: rooms and documents in PostgreSQL
// (DATABASE_URL). Each accepted update is committed (to disk: PostgreSQL's default) before it is
// acknowledged, updates arriving together sharing one commit; a fold holds the board's advisory
// lock, so processes folding the same board take turns.
import pg from 'pg';
import { roomsOver } from './rooms.mjs';
import { documentsOver } from './documents.mjs';
import { blobsOver } from './blobs.mjs';
import { LIMITS } from '../limits.mjs';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rooms (id text PRIMARY KEY, owner bytea, edit bytea NOT NULL, comment bytea, view bytea NOT NULL, created timestamptz NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS documents (name text PRIMARY KEY, data bytea NOT NULL);
  CREATE TABLE IF NOT EXISTS updates (seq bigserial PRIMARY KEY, name text NOT NULL, data bytea NOT NULL);
  CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq);
  CREATE TABLE IF NOT EXISTS blobs (hash text PRIMARY KEY, data bytea NOT NULL);
  CREATE TABLE IF NOT EXISTS room_blobs (room text NOT NULL, hash text NOT NULL, size bigint NOT NULL, thumb bytea, PRIMARY KEY (room, hash));`;

/**
 * @param {string} url
 * @param {{ blobBytes: number, roomBlobBytes: number, thumbBytes: number }} blobLimits
 */
export async function openPostgres(url, blobLimits = LIMITS) {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // A dropped connection of the pool is reported here; the pool opens another for the next query.
  pool.on('error', () => {});
  // Two processes starting at once may both create the tables: one lock makes them take turns.
  const setup = await pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock(7411)');
    await setup.query(SCHEMA);
    await setup.query('SELECT pg_advisory_unlock(7411)');
  } finally {
    setup.release();
  }
  const bytes = (/** @type {Buffer | null} */ b) => (b ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : null);
  /** A board's snapshot and the updates after it, read on one connection. @param {pg.PoolClient} client @param {string} name */
  const readParts = async (client, name) => {
    const snapshot = await client.query('SELECT data FROM documents WHERE name = $1', [name]);
    const updates = await client.query('SELECT seq, data FROM updates WHERE name = $1 ORDER BY seq', [name]);
    return {
      snapshot: bytes(snapshot.rows[0]?.data ?? null) ?? undefined,
      updates: updates.rows.map((/** @type {{ seq: string, data: Buffer }} */ r) => ({
        seq: Number(r.seq),
        data: /** @type {Uint8Array} */ (bytes(r.data)),
      })),
    };
  };

  /**
   * Updates arriving together (any board) are stored by one INSERT, one commit: under load a
   * round trip and a commit per keystroke made updates queue for seconds. Each caller still
   * resolves only once its update is committed.
   */
  const appends = batcher(async (/** @type {{ name: string, update: Uint8Array }[]} */ batch) => {
    await pool.query('INSERT INTO updates (name, data) SELECT * FROM unnest($1::text[], $2::bytea[])', [
      batch.map((b) => b.name),
      batch.map((b) => b.update),
    ]);
  });

  return {
    rooms: roomsOver({
      async get(id) {
        const { rows } = await pool.query('SELECT owner, edit, comment, view FROM rooms WHERE id = $1', [id]);
        const r = rows[0];
        return (
          r && {
            owner: bytes(r.owner),
            edit: /** @type {Uint8Array} */ (bytes(r.edit)),
            comment: bytes(r.comment),
            view: /** @type {Uint8Array} */ (bytes(r.view)),
          }
        );
      },
      insert: async (id, r) =>
        void (await pool.query('INSERT INTO rooms (id, owner, edit, comment, view) VALUES ($1, $2, $3, $4, $5)', [
          id,
          r.owner,
          r.edit,
          r.comment,
          r.view,
        ])),
      async update(id, fields) {
        const kinds = /** @type {import('./rooms.mjs').LinkKind[]} */ (Object.keys(fields));
        await pool.query(`UPDATE rooms SET ${kinds.map((k, i) => `${k} = $${i + 2}`).join(', ')} WHERE id = $1`, [
          id,
          ...kinds.map((k) => fields[k]),
        ]);
      },
    }),
    documents: documentsOver({
      append: (name, update) => appends.add(name, update),
      async read(name) {
        // One snapshot of both tables: a fold committing between two reads would otherwise drop
        // the updates it folded from what is read (the old snapshot, without them).
        const client = await pool.connect();
        try {
          await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          const parts = await readParts(client, name);
          await client.query('COMMIT');
          return parts;
        } finally {
          client.release();
        }
      },
      async names(prefix) {
        // left(), not LIKE: "_" in a room id is a LIKE wildcard.
        const { rows } = await pool.query(
          'SELECT name FROM documents WHERE left(name, $1) = $2 UNION SELECT DISTINCT name FROM updates WHERE left(name, $1) = $2',
          [prefix.length, prefix],
        );
        return rows.map((r) => /** @type {string} */ (r.name));
      },
      async fold(name, f) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
          const folded = f(await readParts(client, name));
          if (folded) {
            await client.query('INSERT INTO documents (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = excluded.data', [
              name,
              folded.merged,
            ]);
            await client.query('DELETE FROM updates WHERE name = $1 AND seq <= $2', [name, folded.last]);
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
    }),
    blobs: blobsOver(
      {
        has: async (hash) => (await pool.query('SELECT 1 FROM blobs WHERE hash = $1', [hash])).rowCount === 1,
        write: async (hash, bytes) => void (await pool.query('INSERT INTO blobs (hash, data) VALUES ($1, $2) ON CONFLICT DO NOTHING', [hash, bytes])),
        read: async (hash) => bytes((await pool.query('SELECT data FROM blobs WHERE hash = $1', [hash])).rows[0]?.data ?? null) ?? undefined,
        link: async (room, hash, size) =>
          void (await pool.query('INSERT INTO room_blobs (room, hash, size) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [room, hash, size])),
        async linked(room, hashes) {
          const { rows } = await pool.query('SELECT hash FROM room_blobs WHERE room = $1 AND hash = ANY($2::text[])', [room, hashes]);
          return new Set(rows.map((r) => /** @type {string} */ (r.hash)));
        },
        roomBytes: async (room) =>
          Number((await pool.query('SELECT coalesce(sum(size), 0) AS bytes FROM room_blobs WHERE room = $1', [room])).rows[0].bytes),
        setThumb: async (room, hash, data) =>
          void (await pool.query('UPDATE room_blobs SET thumb = $3 WHERE room = $1 AND hash = $2', [room, hash, data])),
        thumb: async (room, hash) =>
          bytes((await pool.query('SELECT thumb FROM room_blobs WHERE room = $1 AND hash = $2', [room, hash])).rows[0]?.thumb ?? null) ?? undefined,
      },
      blobLimits,
    ),
    close: () => pool.end(),
  };
}

/**
 * Collects what is added in the same turn of the event loop and hands it to `write` as one batch;
 * each `add` resolves (or rejects) with its batch.
 * @param {(batch: { name: string, update: Uint8Array }[]) => Promise<void>} write
 */
function batcher(write) {
  /** @type {{ name: string, update: Uint8Array, done: () => void, failed: (e: unknown) => void }[]} */
  let waiting = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    write(batch).then(
      () => batch.forEach((b) => b.done()),
      (error) => batch.forEach((b) => b.failed(error)),
    );
  };
  return {
    /** @param {string} name @param {Uint8Array} update @returns {Promise<void>} */
    add: (name, update) =>
      new Promise((done, failed) => {
        if (!waiting.length) setImmediate(flush);
        waiting.push({ name, update, done, failed });
      }),
  };
}
