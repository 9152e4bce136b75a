import type * as Y from 'yjs';
import type { BoardShare, LinkKind } from '../../persistence/db';
import { isColor } from '../../model';
import type { EditorStore, Peer } from '../../store/editorStore';
import { openProvider } from './provider';

/** Who this user is to the others on a shared board (chosen once per device). */
export interface Me {
  name: string;
  color: string;
}

export interface SyncLink {
  /** What the others see of this user (name, colour), changed while on the board. */
  setMe(me: Me): void;
  stop(): void;
}

/**
 * Another person's presence as this app may draw it, or null: presence comes from any
 * connection on the room, so nothing in it is trusted. A name that is not text, a colour that is
 * not a colour, a selection that is not a list of ids or a pointer that is not a point is
 * dropped (the person still shows, without the part that was wrong), and sizes are bounded.
 */
export function peerOf(state: Record<string, unknown>): Peer | null {
  const user = state.user as Record<string, unknown> | undefined;
  if (typeof state.clientId !== 'number' || !user || typeof user !== 'object' || typeof user.name !== 'string') return null;
  const selection = Array.isArray(state.selection)
    ? state.selection.filter((id): id is string => typeof id === 'string' && id.length <= 64).slice(0, 500)
    : [];
  const p = state.pointer as Record<string, unknown> | null | undefined;
  const pointer = p && typeof p === 'object' && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x as number, y: p.y as number } : null;
  return { id: state.clientId, name: user.name.slice(0, 60), color: isColor(user.color) ? user.color : '#475569', selection, pointer };
}

/** The blob a stateless message says arrived on the server, or null. */
export function blobIn(payload: string): string | null {
  try {
    const { blob } = JSON.parse(payload) as { blob?: unknown };
    return typeof blob === 'string' && /^[0-9a-f]{64}$/.test(blob) ? blob : null;
  } catch {
    return null;
  }
}

/** What the server says a link allows, from its stateless message (the owner edits); null for anything else. */
export function accessIn(payload: string): LinkKind | null {
  try {
    const { access } = JSON.parse(payload) as { access?: unknown };
    if (access === 'owner') return 'edit';
    return access === 'edit' || access === 'comment' || access === 'view' ? access : null;
  } catch {
    return null;
  }
}

/** The HTTP address of a sync server given by its WebSocket address. */
export const httpOf = (server: string) => server.replace(/^ws(s?):\/\//i, 'http$1://').replace(/\/+$/, '');

/** The longest a socket that is down waits for another try while the browser is online. */
const RETRY_EVERY_MS = 4000;

/** How often this user's pointer is sent at most (it moves far more often). */
const POINTER_EVERY_MS = 50;

/**
 * Keeps a board's Y.Doc in sync with its room on the server (Hocuspocus), tells the store how
 * the connection is, who else is here and whether this link may edit, and shares this user's
 * selection and pointer through awareness (never stored in the document). Edits made while
 * offline stay in the doc (and on disk) and merge when the connection returns.
 */
export async function connectBoard(
  doc: Y.Doc,
  share: BoardShare,
  store: EditorStore,
  me: Me,
  onAccess: (access: LinkKind) => void,
  onBlob: (hash: string) => void = () => {},
): Promise<SyncLink> {
  const grant = (access: LinkKind) => {
    store.getState().setAccess(access);
    onAccess(access);
  };
  let connectedOnce = false;
  let refused = false;
  /** Why the server last closed this board's session (a limit, a refused change), until it lets us in again. */
  let closedBecause: string | null = null;
  const set = store.getState().setConnection;
  set({ state: 'connecting' });
  const provider = await openProvider(
    { server: share.server, room: share.room, token: share.token, doc },
    {
      onAuthenticated: ({ scope }) => {
        connectedOnce = true;
        refused = false;
        closedBecause = null;
        // Read-write may still be a comment link: what it allows comes next, as a stateless message.
        if (scope === 'readonly') grant('view');
        set({ state: 'connected' });
      },
      onStateless: ({ payload }) => {
        const access = accessIn(payload);
        if (access) grant(access);
        const blob = blobIn(payload);
        if (blob) onBlob(blob);
      },
      onAuthenticationFailed: ({ reason }) => {
        refused = true;
        set({ state: 'refused', reason });
        socket.disconnect(); // a refused link does not get better by retrying
      },
      onClose: ({ event }) => {
        // The server closes a socket (4xxx) or only this board's session on it (a Close message,
        // code 1000) with a reason: a limit, a change it refused. The reason is shown. The provider
        // reopens a closed socket by itself, but never a session closed on an open socket: that
        // socket is dropped, so the watchdog opens a fresh one (and the session) within seconds.
        const session = event.code === 1000 && !!event.reason && event.reason !== 'provider_initiated';
        if (!event.reason || (event.code < 4000 && !session)) return;
        closedBecause = event.reason;
        set({ state: 'refused', reason: event.reason });
        if (session) setTimeout(() => socket.disconnect());
      },
      onStatus: ({ status }) => {
        if (refused) return;
        if (status === 'disconnected') set(closedBecause ? { state: 'refused', reason: closedBecause } : { state: 'offline' });
        else if (status === 'connecting') set({ state: connectedOnce ? 'reconnecting' : 'connecting' });
      },
      onAwarenessChange: ({ states }) => {
        const peers: Peer[] = [];
        for (const state of states as Record<string, unknown>[]) {
          const peer = peerOf(state);
          if (peer && peer.id !== doc.clientID) peers.push(peer);
        }
        store.getState().setPeers(peers);
      },
    },
  );
  provider.setAwarenessField('user', me);
  provider.setAwarenessField('selection', store.getState().selection);

  let lastPointer = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.selection !== prev.selection) provider.setAwarenessField('selection', state.selection);
    if (state.pointer !== prev.pointer) {
      clearTimeout(pending);
      const send = () => {
        lastPointer = Date.now();
        provider.setAwarenessField('pointer', store.getState().pointer);
      };
      const wait = POINTER_EVERY_MS - (Date.now() - lastPointer);
      if (wait <= 0) send();
      else pending = setTimeout(send, wait);
    }
  });
  // The browser knows first when the network goes and comes back: say so at once, and try
  // again at once rather than at the next step of the provider's backoff (up to 30 s).
  // The socket is closed when the network goes (it could linger, silently dead) and opened
  // afresh when it is back, so the edits made meanwhile merge at once.
  const socket = provider.configuration.websocketProvider;
  const offline = () => {
    if (refused) return;
    socket.disconnect();
    set({ state: 'offline' });
  };
  const reconnect = () => {
    // A socket closed while offline may still be closing (its closing handshake cannot finish
    // without the network): the provider then still counts itself connected and ignores
    // connect(), and when the close finally arrives it no longer retries. That left a client
    // "Offline" after the network was back. Drop such a socket first, then connect.
    if (socket.webSocket && socket.webSocket.readyState !== WebSocket.OPEN) socket.onClose({ event: { code: 1006, reason: 'network change' } });
    void socket.connect().catch(() => {}); // a failed try is retried by the watchdog
  };
  const online = () => {
    if (refused) return;
    set({ state: 'reconnecting' });
    reconnect();
  };
  // And whatever event was missed or arrived out of order: while the browser is online and this
  // link was not refused, a socket that is down is tried again at least every few seconds.
  const watchdog = setInterval(() => {
    if (!refused && navigator.onLine && (socket.status === 'disconnected' || !socket.shouldConnect)) reconnect();
  }, RETRY_EVERY_MS);
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);

  return {
    setMe: (next) => provider.setAwarenessField('user', next),
    stop() {
      unsubscribe();
      clearTimeout(pending);
      clearInterval(watchdog);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      provider.destroy();
      store.getState().setConnection(null);
      store.getState().setPeers([]);
      store.getState().setAccess('edit');
    },
  };
}
