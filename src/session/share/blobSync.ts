import type { StoredBlob } from '../../model';
import type { BoardShare } from '../../persistence/db';
import { REFUSALS } from '../../protocol/refusals';
import type { FilesStatus } from '../../store/editorStore';
import { httpOf } from './sync';
import { baseRoom } from './scenarios';

/** Where this browser keeps blobs (the blob store). */
export interface LocalBlobs {
  get(hash: string): Promise<StoredBlob | undefined>;
  put(records: readonly StoredBlob[]): Promise<void>;
  has(hashes: readonly string[]): Promise<Set<string>>;
}

/** A blob a card uses, fetched from the server when this browser lacks it, kept for offline use. */
export interface SharedBlobs {
  get(hash: string): Promise<StoredBlob | undefined>;
  put(records: readonly StoredBlob[]): Promise<void>;
  /** Called when a blob this browser lacked may now be fetched (it arrived on the server). */
  onArrival(listener: (hash: string) => void): () => void;
  /** Sends the server what it lacks of `hashes` (the board's), when this link may edit. */
  upload(hashes: ReadonlySet<string>): Promise<void>;
  /** The server said a blob arrived. */
  arrived(hash: string): void;
  /** Back on the server: the blobs that could not be fetched are asked for again. */
  retry(): void;
  stop(): void;
}

/** The browser knows it has no network: nothing is asked of the server then. */
const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Hashes asked about at once (the server's limit). */
const QUESTION = 5000;

/** The type a picture's bytes say they are (the server serves every blob as bare data). */
function typeOf(bytes: Uint8Array): string {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'image/webp';
  return 'application/octet-stream';
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A shared board's blobs: read from this browser first, else fetched from the room (with its
 * card rendition), checked against their hash (a server is not trusted with content) and kept
 * here, so they show offline from then on. Uploads go one at a time, in the background; a
 * failed one is tried again at the next round (reconnecting, a new picture).
 */
export function createSharedBlobs(deps: {
  local: LocalBlobs;
  share: () => BoardShare | undefined;
  onStatus(status: FilesStatus): void;
}): SharedBlobs {
  const { local } = deps;
  const listeners = new Set<(hash: string) => void>();
  const fetching = new Map<string, Promise<StoredBlob | undefined>>();
  /** Blobs the server refused in this session (too large, the room full): not sent again until the page reloads. */
  const refusedHere = new Set<string>();
  let lastRefusal: string | null = null;
  /** Blobs asked for that could not be fetched (not on the server yet, or no network). */
  const lacking = new Set<string>();
  let stopped = false;
  let round: Promise<void> | null = null;
  let again: ReadonlySet<string> | null = null;

  const request = (share: BoardShare, path: string, init: RequestInit = {}) =>
    fetch(`${httpOf(share.server)}/api/rooms/${encodeURIComponent(baseRoom(share.room))}/blobs/${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${share.owner ?? share.token}`, ...init.headers },
    });

  async function fetchBlob(hash: string): Promise<StoredBlob | undefined> {
    const share = deps.share();
    if (!share || offline()) return undefined;
    try {
      const [full, thumb] = await Promise.all([request(share, hash), request(share, `${hash}/thumb`)]);
      if (!full.ok) return undefined;
      const bytes = new Uint8Array(await full.arrayBuffer());
      if ((await sha256(bytes)) !== hash) return undefined; // damaged or not what the card names: not kept
      const thumbBytes = thumb.ok ? new Uint8Array(await thumb.arrayBuffer()) : undefined;
      const record: StoredBlob = {
        hash,
        type: typeOf(bytes),
        bytes,
        ...(thumbBytes && { thumb: thumbBytes, thumbType: typeOf(thumbBytes) }),
        createdAt: new Date().toISOString(),
      };
      // Kept for offline use; shown even when storing failed (a full disk), and fetched again next time.
      await local.put([record]).catch(() => {});
      return record;
    } catch {
      return undefined; // no network now: asked again when it arrives or the board reconnects
    }
  }

  async function send(hashes: ReadonlySet<string>): Promise<void> {
    const share = deps.share();
    if (!share || offline()) return;
    const all = [...(await local.has([...hashes]))];
    const held = all.filter((h) => !refusedHere.has(h));
    const missing: string[] = [];
    let limits = { blobBytes: Infinity, roomBlobBytes: Infinity };
    let used = 0;
    for (let at = 0; at < held.length; at += QUESTION) {
      const answer = await request(share, 'missing', { method: 'POST', body: JSON.stringify({ hashes: held.slice(at, at + QUESTION) }) });
      if (!answer.ok) return; // not this link's to send, or the server is away: nothing to do now
      const body = (await answer.json()) as { missing: string[]; limits: typeof limits; used: number };
      missing.push(...body.missing);
      ({ limits, used } = body);
    }
    // A refusal stays said while a card still uses what was refused.
    let refused: string | null = held.length < all.length ? lastRefusal : null;
    let waiting = missing.length;
    deps.onStatus({ waiting, refused });
    for (const hash of missing) {
      if (stopped) return;
      const record = await local.get(hash);
      if (!record) continue;
      // Refused here, before sending, when the server said it would refuse it.
      const over =
        record.bytes.byteLength > limits.blobBytes
          ? REFUSALS.blobTooLarge.reason
          : used + record.bytes.byteLength > limits.roomBlobBytes
            ? REFUSALS.blobRoomFull.reason
            : null;
      const answer = over
        ? null
        : await request(share, hash, {
            method: 'PUT',
            body: record.bytes as Uint8Array<ArrayBuffer>,
            headers: { 'Content-Type': 'application/octet-stream' },
          });
      if (over || !answer!.ok) {
        const reason = over ?? (((await answer!.json().catch(() => ({}))) as { error?: string }).error || answer!.statusText);
        if (over || answer!.status === 413) refusedHere.add(hash);
        refused = lastRefusal = reason;
        deps.onStatus({ waiting, refused });
        continue;
      }
      used += record.bytes.byteLength;
      if (record.thumb)
        await request(share, `${hash}/thumb`, {
          method: 'PUT',
          body: record.thumb as Uint8Array<ArrayBuffer>,
          headers: { 'Content-Type': 'application/octet-stream' },
        });
      deps.onStatus({ waiting: --waiting, refused });
    }
  }

  /** How many times each blob was said to arrive. */
  const arrivals = new Map<string, number>();
  const tell = (hash: string) => {
    arrivals.set(hash, (arrivals.get(hash) ?? 0) + 1);
    lacking.delete(hash);
    for (const listener of listeners) listener(hash);
  };
  const shared: SharedBlobs = {
    async get(hash) {
      const held = await local.get(hash);
      if (held) return held;
      let pending = fetching.get(hash);
      if (!pending) {
        // An arrival told while the fetch was on its way (asked before the upload ended) would
        // otherwise be missed: the fetch is made again then.
        const told = arrivals.get(hash) ?? 0;
        pending = fetchBlob(hash)
          .then((got) => (got || (arrivals.get(hash) ?? 0) === told ? got : fetchBlob(hash)))
          .then((got) => {
            fetching.delete(hash);
            if (!got) lacking.add(hash);
            return got;
          });
        fetching.set(hash, pending);
      }
      return pending;
    },
    put: (records) => local.put(records),
    onArrival(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    upload(hashes) {
      // One round at a time; a round asked for meanwhile runs after it, with the latest hashes.
      if (round) {
        again = hashes;
        return round;
      }
      round = send(hashes)
        .catch(() => {}) // the network went: the next round tries again
        .finally(() => {
          round = null;
          const next = again;
          again = null;
          if (next && !stopped) void shared.upload(next);
        });
      return round;
    },
    arrived: tell,
    retry: () => [...lacking].forEach(tell),
    stop() {
      stopped = true;
      listeners.clear();
    },
  };
  return shared;
}
