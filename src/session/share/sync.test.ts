// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { connectBoard, peerOf } from './sync';
import { createEditorStore } from '../../store/editorStore';

describe('presence from other people', () => {
  it('is drawn only as far as it is well formed: a hostile state never reaches the screen', () => {
    expect(peerOf({ clientId: 7, user: { name: 'Ana', color: '#2563eb' }, selection: ['cd_1'], pointer: { x: 10, y: 20 } })).toEqual({
      id: 7,
      name: 'Ana',
      color: '#2563eb',
      selection: ['cd_1'],
      pointer: { x: 10, y: 20 },
    });
    // A name that is an object (React error #31 blanked every editor), a selection that is a string
    // (".map is not a function"), a colour that fetches an address, a pointer that is not a point.
    expect(peerOf({ clientId: 8, user: { name: { evil: true }, color: 'red' } })).toBeNull();
    expect(peerOf({ clientId: 9, user: { name: 'Bo', color: 'url(http://tracker.example/x)' }, selection: 'cd_1', pointer: { x: 'a' } })).toEqual({
      id: 9,
      name: 'Bo',
      color: '#475569',
      selection: [],
      pointer: null,
    });
    expect(peerOf({ clientId: 'x', user: { name: 'C' } })).toBeNull();
    expect(
      peerOf({ clientId: 10, user: { name: 'x'.repeat(5000), color: '#000' }, selection: Array.from({ length: 2000 }, (_, i) => `c${i}`) }),
    ).toMatchObject({
      name: 'x'.repeat(60),
    });
  });
});

describe('a session the server closes', () => {
  it('shows the server’s reason, then opens a fresh session by itself, and what was typed meanwhile arrives', async () => {
    const { startServer } = await import('../../../server/server.mjs');
    // The socket of Node's own (ws), as in the browser: jsdom's would mix two kinds of events.
    vi.stubGlobal('WebSocket', (await import('ws')).default);
    const dir = mkdtempSync(join(tmpdir(), 'bs-sync-'));
    const server = await startServer({ port: 0, dataDir: dir, quiet: true, limits: { messagesPerSecond: 2, messageBurst: 6 } });
    try {
      const http = `http://127.0.0.1:${server.port}`;
      const room = await (await fetch(`${http}/api/rooms`, { method: 'POST' })).json();
      const doc = new Y.Doc();
      const store = createEditorStore();
      const link = await connectBoard(
        doc,
        { server: `ws://127.0.0.1:${server.port}`, room: room.room, token: room.edit },
        store,
        { name: 'Ana', color: '#2563eb' },
        () => {},
      );
      await vi.waitFor(() => expect(store.getState().connection?.state).toBe('connected'), { timeout: 5000 });
      // Far faster than the limit: the server closes this board's session, with its reason.
      for (let i = 0; i < 40; i++) doc.getMap('meta').set(`k${i}`, i);
      await vi.waitFor(() => expect(store.getState().connection).toEqual({ state: 'refused', reason: 'Too many changes too fast' }), {
        timeout: 5000,
      });
      // A fresh session within seconds; everything typed reaches the server.
      await vi.waitFor(() => expect(store.getState().connection?.state).toBe('connected'), { timeout: 10_000 });
      const reader = new Y.Doc();
      const { HocuspocusProvider } = await import('@hocuspocus/provider');
      const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${server.port}`, name: room.room, document: reader, token: room.view });
      await vi.waitFor(() => expect(reader.getMap('meta').size).toBe(40), { timeout: 10_000 });
      provider.destroy();
      link.stop();
    } finally {
      vi.unstubAllGlobals();
      await server.stop();
    }
  }, 30_000);
});
