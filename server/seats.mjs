// Who holds a place on each board. Hocuspocus lets one socket open many sessions of one board
// (one per provider), so places are counted per session: in all, per link, per network address
// and per socket. A place is taken when a session is let in, before it is set up, so a burst of
// sessions cannot all pass one check together. The owner is never refused.
import { REFUSED } from './limits.mjs';
import { roomOf } from './storage/rooms.mjs';

/** How long a place may wait for its session to be set up before it is given back. */
const SETUP_MS = 30_000;

/**
 * @typedef {{ board: string, access: import('./storage/rooms.mjs').Access, address: string, socket: string, since: number, connection: unknown }} Seat
 * @param {typeof import('./limits.mjs').LIMITS} limits
 */
export function openSeats(limits) {
  /** @type {Map<string, Set<Seat>>} */
  const boards = new Map();

  /** @param {Set<Seat>} seats @param {(seat: Seat) => boolean} same */
  const count = (seats, same) => {
    let n = 0;
    for (const seat of seats) if (same(seat)) n += 1;
    return n;
  };

  /** @param {Seat | undefined} seat */
  const release = (seat) => {
    const seats = seat && boards.get(seat.board);
    if (!seats) return;
    seats.delete(seat);
    if (!seats.size) boards.delete(seat.board);
  };

  return {
    /**
     * A place on `board` for a session, or a refusal (thrown) saying which limit it met.
     * @param {string} board @param {Seat['access']} access @param {string} address @param {string} socket
     * @returns {Seat}
     */
    take(board, access, address, socket) {
      const seats = boards.get(board) ?? new Set();
      if (access !== 'owner') {
        const others = count(seats, (s) => s.access !== 'owner');
        if (others >= limits.connectionsPerRoom || count(seats, (s) => s.access === access) >= limits.sessionsPerLink) throw REFUSED.roomFull();
        if (count(seats, (s) => s.address === address && s.access !== 'owner') >= limits.sessionsPerAddress) throw REFUSED.roomFull();
        if (count(seats, (s) => s.socket === socket) >= limits.sessionsPerSocket) throw REFUSED.roomFull();
      }
      const seat = { board, access, address, socket, since: Date.now(), connection: null };
      seats.add(seat);
      boards.set(board, seats);
      return seat;
    },
    release,
    /**
     * Gives back places whose session closed without a word, or was never set up.
     * @param {(connection: unknown) => boolean} open
     */
    prune(open) {
      for (const seats of boards.values())
        for (const seat of seats) if (seat.connection ? !open(seat.connection) : Date.now() - seat.since > SETUP_MS) release(seat);
    },
    /**
     * The sessions on a room's boards (its own and its scenarios') that hold a link of these
     * kinds (set up, still there).
     * @param {string} room @param {string[]} kinds
     */
    connections: (room, kinds) =>
      [...boards.entries()]
        .filter(([board]) => roomOf(board) === room)
        .flatMap(([, seats]) => [...seats])
        .filter((s) => s.connection && kinds.includes(s.access))
        .map((s) => s.connection),
    /** Places held on a board (tests and diagnostics). */
    held: (/** @type {string} */ board) => boards.get(board)?.size ?? 0,
  };
}
