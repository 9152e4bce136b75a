// Limits that keep one room or one client from harming the others. Each refusal carries a
// WebSocket close code and a reason (src/protocol/refusals.ts) the client shows in its language.
import { REFUSALS } from '../src/protocol/refusals.ts';

export const LIMITS = {
  /** Largest single message (a Yjs update or sync step). */
  messageBytes: 2 * 1024 * 1024,
  /** Largest document a room may grow to. */
  documentBytes: 32 * 1024 * 1024,
  /** Messages per second per connection, sustained, and the burst allowed above it. */
  messagesPerSecond: 100,
  messageBurst: 400,
  /**
   * Yjs items one board may hold. An item takes about 330 bytes of memory however few bytes it
   * took to send (and the server holds each board twice: the board and the copy updates are
   * tried on), so items are what memory grows with. A card is about a dozen items.
   */
  documentEntries: 200_000,
  /** What all loaded boards together may take (about 650 MB for the items): past it, no board is loaded and none grows. */
  totalBytes: 128 * 1024 * 1024,
  totalEntries: 1_000_000,
  /** People on one board at once (the owner is always let in, beyond it). */
  connectionsPerRoom: 50,
  /** Sessions one link (edit or view) may hold on one board: one link cannot fill a board. */
  sessionsPerLink: 40,
  /** Sessions from one network address on one board, and on one socket (a tab needs one). */
  sessionsPerAddress: 20,
  sessionsPerSocket: 2,
  /** Scenarios a shared board may have besides its own (each is a board of its room). */
  scenariosPerRoom: 50,
  /** Boards shared per minute from one address, and from all. */
  roomsPerMinute: 60,
  roomsPerMinuteTotal: 600,
  /** The largest picture or file (a picture kept at full size may be this large; attachments are at most 10 MB). */
  blobBytes: 50 * 1024 * 1024,
  /** What one shared board's pictures and files may take together. */
  roomBlobBytes: 1024 * 1024 * 1024,
  /** The largest card rendition of a picture (the app makes them at most 480 px a side). */
  thumbBytes: 1024 * 1024,
  /** Hashes one "which are missing" question may ask about. */
  blobQuestion: 5000,
};

/** An error Hocuspocus turns into a close frame with this code and reason. */
export const refusal = (/** @type {number} */ code, /** @type {string} */ reason) => Object.assign(new Error(reason), { code, reason });

/** Each refusal as the error to throw: `REFUSED.link()`. Codes and words are shared with the app. */
export const REFUSED = Object.fromEntries(Object.entries(REFUSALS).map(([key, { code, reason }]) => [key, () => refusal(code, reason)]));

/** A token bucket per connection: `take()` is false when the client sends faster than allowed. */
export function rateLimiter(perSecond = LIMITS.messagesPerSecond, burst = LIMITS.messageBurst) {
  let tokens = burst;
  let last = Date.now();
  return {
    take() {
      const now = Date.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
