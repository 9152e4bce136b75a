import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { docFromBoard, readDoc } from '../src/document/index.ts';
import { sample } from '../src/model/test/fixtures.ts';
import { startServer } from './server.mjs';
import { api, cleanups, client, contentMessage, rawClient, rawStatus, server, serverProcess, startRedis, until } from './testing.mjs';

describe('the sync server', () => {
  it('shares a board: edit links write, view links read (the server refuses their writes), other tokens are refused', async () => {
    const s = await server();
    const { status, body: room } = await api(s.http, '/api/rooms');
    expect(status).toBe(201);
    const a = client(s.ws, room.room, room.edit);
    await until(() => a.events.synced);
    a.doc.getMap('meta').set('title', 'Shared');
    const viewer = client(s.ws, room.room, room.view);
    await until(() => viewer.doc.getMap('meta').get('title') === 'Shared');
    viewer.doc.getMap('meta').set('title', 'Vandalised');
    // The viewer's presence, sent after its write on the same connection: once A sees it, the
    // server has handled (and refused) the write.
    viewer.provider.setAwarenessField('user', { name: 'Viewer' });
    await until(() => [...(a.provider.awareness?.getStates().values() ?? [])].some((st) => st.user?.name === 'Viewer'));
    expect(a.doc.getMap('meta').get('title')).toBe('Shared');
    const b = client(s.ws, room.room, room.edit);
    await until(() => b.events.synced);
    expect(b.doc.getMap('meta').get('title')).toBe('Shared');
    a.doc.getMap('meta').set('title', 'Edited by A');
    await until(() => b.doc.getMap('meta').get('title') === 'Edited by A');
    expect(b.doc.getMap('meta').get('title')).toBe('Edited by A');
    const stranger = client(s.ws, room.room, 'not-a-secret');
    await until(() => stranger.events.failed);
    expect(stranger.events.failed).toBe('This link is not valid or was revoked');
  });

  it('only the owner stops sharing: rotating the secrets refuses old links and closes open connections', async () => {
    const s = await server();
    const { body: room } = await api(s.http, '/api/rooms');
    expect(room.owner).toBeTruthy();
    expect(room.owner).not.toBe(room.edit);
    const a = client(s.ws, room.room, room.edit);
    await until(() => a.events.synced);
    // Neither a stranger, nor an edit link, nor a view link may end sharing for everyone.
    for (const token of ['wrong', room.edit, room.view]) {
      const refused = await api(s.http, `/api/rooms/${room.room}/rotate`, token);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatch(/Only the owner/);
    }
    expect(a.events.closed).toBeNull();
    // The owner's secret also connects, with edit rights.
    const owner = client(s.ws, room.room, room.owner);
    await until(() => owner.events.synced);
    const { status, body: next } = await api(s.http, `/api/rooms/${room.room}/rotate`, room.owner);
    expect(status).toBe(200);
    expect(next.edit).not.toBe(room.edit);
    await until(() => a.events.closed !== null);
    expect(a.events.closed).toBe('This link is not valid or was revoked');
    const late = client(s.ws, room.room, room.view);
    await until(() => late.events.failed);
    expect(late.events.failed).toBe('This link is not valid or was revoked');
    const fresh = client(s.ws, room.room, next.view);
    await until(() => fresh.events.synced);
  });

  it('answers every request target, however malformed, and keeps serving', async () => {
    const s = await server();
    const targets = ['//', '///', '//[', 'http://', 'http://x/api/health', '/api/rooms/%E0%A4%A/rotate', '*', '/api/%', '/api/rooms/x/rotate?%zz'];
    const results = [];
    for (const target of targets) results.push([target, await rawStatus(s.port, target)]);
    expect(
      results.every(([, status]) => status >= 200 && status < 500),
      JSON.stringify(results),
    ).toBe(true);
    expect(results.find(([t]) => t === '/api/rooms/%E0%A4%A/rotate')?.[1]).toBe(400);
    expect((await fetch(`${s.http}/api/health`)).status).toBe(200);
  });

  it("answers CORS only to the app: a page on the server's own host name, or the configured origins", async () => {
    const s = await server();
    const cors = async (origin, base = s.http) =>
      (await fetch(`${base}/api/rooms`, { method: 'OPTIONS', headers: { Origin: origin } })).headers.get('access-control-allow-origin');
    expect(await cors('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(await cors('https://evil.example')).toBeNull();
    expect(await cors('null')).toBeNull();
    const listed = await startServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'bs-server-')),
      quiet: true,
      allowedOrigins: ['https://boards.example'],
    });
    cleanups.push(() => listed.stop());
    const base = `http://127.0.0.1:${listed.port}`;
    expect(await cors('https://boards.example', base)).toBe('https://boards.example');
    expect(await cors('http://127.0.0.1:5173', base)).toBeNull();
  });

  it('keeps boards across a restart (SQLite)', async () => {
    const first = await server();
    const { body: room } = await api(first.http, '/api/rooms');
    const a = client(first.ws, room.room, room.edit);
    await until(() => a.events.synced);
    a.doc.getMap('meta').set('title', 'Survives');
    // Received by the server once another client has it; stopping stores what is pending.
    const probe = client(first.ws, room.room, room.view);
    await until(() => probe.doc.getMap('meta').get('title') === 'Survives');
    await cleanups
      .splice(0)
      .reverse()
      .reduce((p, f) => p.then(f), Promise.resolve());
    const second = await server(first.dataDir);
    const b = client(second.ws, room.room, room.view);
    await until(() => b.doc.getMap('meta').get('title') === 'Survives');
    rmSync(first.dataDir, { recursive: true, force: true });
  });
});

describe('limits', () => {
  it('refuse, with a reason the client shows, a room too full, a client too fast and a board too large', async () => {
    const s = await server(undefined, undefined, { connectionsPerRoom: 2, messagesPerSecond: 5, messageBurst: 20, documentBytes: 4000 });
    const { body: room } = await api(s.http, '/api/rooms');
    const [a, b] = [client(s.ws, room.room, room.edit), client(s.ws, room.room, room.edit)];
    await until(() => a.events.synced && b.events.synced);
    const third = client(s.ws, room.room, room.edit);
    await until(() => third.events.failed || third.events.closed);
    expect(third.events.failed ?? third.events.closed).toContain('too many people');

    // Far more messages than 5 a second (burst 20): the connection is closed, the reason said.
    for (let i = 0; i < 60; i++) b.provider.setAwarenessField('n', i);
    await until(() => b.events.closed);
    expect(b.events.closed).toContain('Too many changes too fast');

    // A board grown past its size limit takes no more.
    a.doc.getText('big').insert(0, 'x'.repeat(6000));
    await until(() => a.events.closed);
    expect(a.events.closed).toContain('size limit');
    const reader = client(s.ws, room.room, room.view);
    await until(() => reader.events.synced);
    expect(reader.doc.getText('big').length).toBe(0);
  });
  it('counts content sent as a sync reply against the size limit (a reply counted nothing before), and a read request as nothing', async () => {
    const s = await server(undefined, undefined, { documentBytes: 4000 });
    const { body: room } = await api(s.http, '/api/rooms');
    const a = client(s.ws, room.room, room.edit);
    await until(() => a.events.synced);
    // Content sent as a sync *reply* counts against the limit too (it counted nothing before).
    const grown = new Y.Doc();
    Y.applyUpdate(grown, Y.encodeStateAsUpdate(a.doc));
    grown.getText('big').insert(0, 'y'.repeat(6000));
    const reply = await rawClient(s.ws, room.room, room.edit);
    const encoding = await import('lib0/encoding');
    const message = encoding.createEncoder();
    encoding.writeVarString(message, room.room);
    encoding.writeVarUint(message, 4); // SyncReply
    encoding.writeVarUint(message, 1); // step 2: content
    encoding.writeVarUint8Array(message, Y.encodeStateAsUpdate(grown));
    reply.send(encoding.toUint8Array(message));
    await until(() => reply.closed !== null);
    expect(reply.closed).toContain('size limit');

    const reader = client(s.ws, room.room, room.view);
    await until(() => reader.events.synced);
    expect(reader.doc.getText('big').length).toBe(0);
    // Many read requests (sync step 1, a state vector) add nothing: an editor can still write.
    const asker = await rawClient(s.ws, room.room, room.view);
    for (let i = 0; i < 50; i++) {
      const step1 = encoding.createEncoder();
      encoding.writeVarString(step1, room.room);
      encoding.writeVarUint(step1, 0); // Sync
      encoding.writeVarUint(step1, 0); // step 1
      encoding.writeVarUint8Array(step1, Y.encodeStateVector(new Y.Doc()));
      asker.send(encoding.toUint8Array(step1));
    }
    a.doc.getMap('meta').set('title', 'Still writable');
    await until(() => reader.doc.getMap('meta').get('title') === 'Still writable');
  });
});

describe('hostile input', () => {
  it('presence: a connection cannot speak for another person’s client id, and malformed or oversized states are not relayed', async () => {
    const s = await server();
    const { body: room } = await api(s.http, '/api/rooms');
    const owner = client(s.ws, room.room, room.edit);
    await until(() => owner.events.synced);
    owner.provider.setAwarenessField('user', { name: 'Ana', color: '#2563eb' });
    const watcher = client(s.ws, room.room, room.view);
    const seen = () => [...(watcher.provider.awareness?.getStates().values() ?? [])].map((st) => st.user?.name).filter(Boolean);
    await until(() => seen().includes('Ana'));

    // A viewer forges Ana's client id with a higher clock, then sends a state with an object as name and a huge one.
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const encoding = await import('lib0/encoding');
    const forge = (clientID, states) => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      const aw = new Awareness(doc);
      for (const st of states) aw.setLocalState(st);
      const m = encoding.createEncoder();
      encoding.writeVarString(m, room.room);
      encoding.writeVarUint(m, 1); // Awareness
      encoding.writeVarUint8Array(m, encodeAwarenessUpdate(aw, [clientID]));
      return encoding.toUint8Array(m);
    };
    const mallory = await rawClient(s.ws, room.room, room.view);
    mallory.send(
      forge(
        owner.doc.clientID,
        Array.from({ length: 20 }, () => ({ user: { name: 'Mallory', color: 'red' } })),
      ),
    );
    mallory.send(forge(424242, [{ user: { name: { evil: true } }, selection: 'cd_1' }]));
    mallory.send(forge(434343, [{ user: { name: 'Big', color: 'red' }, selection: Array.from({ length: 5000 }, (_, i) => `c${i}`) }]));
    mallory.send(forge(454545, [{ user: { name: 'Fine', color: '#000000' } }]));
    await until(() => seen().includes('Fine')); // handled after the others, in order
    expect(seen()).toContain('Ana');
    expect(seen()).not.toContain('Mallory');
    expect(seen()).not.toContain('Big');
    expect(
      [...(watcher.provider.awareness?.getStates().values() ?? [])].every((st) => st.user === undefined || typeof st.user.name === 'string'),
    ).toBe(true);
  });

  it('refuses, with its reason, an update that would make the board invalid: nothing of it is relayed or stored, and the board stays editable', async () => {
    const s = await server();
    const { body: room } = await api(s.http, '/api/rooms');
    const board = sample();
    const owner = client(s.ws, room.room, room.owner);
    await until(() => owner.events.synced);
    Y.applyUpdate(owner.doc, Y.encodeStateAsUpdate(docFromBoard(board)));
    const watcher = client(s.ws, room.room, room.view);
    await until(() => watcher.events.synced && watcher.doc.getMap('cards').size === board.cards.length);

    const card = (doc) => doc.getMap('cards').get(board.cards[0].id);
    const hostile = [
      (doc) => card(doc).set('text', 42),
      (doc) => card(doc).set('servqual', 'not a list'),
      (doc) => doc.getMap('lanes').get(board.lanes[0].id).set('kind', 'dungeon'),
      (doc) => card(doc).get('text').insert(0, 'x'.repeat(20_001)),
      (doc) => doc.getMap('meta').set('version', 99),
    ];
    const reasons = [];
    for (const change of hostile) {
      const mallory = await rawClient(s.ws, room.room, room.edit);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(owner.doc));
      const before = Y.encodeStateVector(doc);
      change(doc);
      mallory.send(contentMessage(room.room, Y.encodeStateAsUpdate(doc, before)));
      await until(() => mallory.closed !== null);
      expect(mallory.acks).toBe(0);
      reasons.push(mallory.closed);
    }
    expect(reasons).toEqual([
      'This change would make the board invalid',
      'This change would make the board invalid',
      'This change would make the board invalid',
      'This change would make the board invalid',
      'This change comes from a newer version of Blueprint Studio',
    ]);
    // An update whose earlier changes never arrived is not acknowledged.
    const gap = await rawClient(s.ws, room.room, room.edit);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(owner.doc));
    card(doc).get('text').insert(0, 'a');
    const sv = Y.encodeStateVector(doc);
    card(doc).get('text').insert(1, 'b');
    gap.send(contentMessage(room.room, Y.encodeStateAsUpdate(doc, sv)));
    await until(() => gap.closed !== null);
    expect([gap.acks, gap.closed]).toEqual([0, 'This change depends on earlier changes the server does not have']);

    // The owner goes on editing; everyone sees a valid board, and so does whoever opens it after a restart.
    card(owner.doc).get('text').insert(0, 'Still mine: ');
    await until(() => card(watcher.doc).get('text').toString().startsWith('Still mine: '));
    expect(readDoc(watcher.doc)).toEqual(readDoc(owner.doc));
    await s.stop();
    const again = await server(s.dataDir);
    const late = client(again.ws, room.room, room.view);
    await until(() => late.events.synced && late.doc.getMap('cards').size > 0);
    expect(readDoc(late.doc)).toEqual(readDoc(owner.doc));
    expect(card(late.doc).get('text').toString()).toMatch(/^Still mine: /);
  });

  it('one link cannot fill a board: sessions are counted per socket, per address and per link, and the owner always gets in', async () => {
    const s = await server(undefined, undefined, { sessionsPerSocket: 2, sessionsPerAddress: 5, sessionsPerLink: 6, connectionsPerRoom: 8 });
    const { body: room } = await api(s.http, '/api/rooms');
    /** Opens `n` sessions of the room on one socket (as one provider per session would); resolves with how many were let in. */
    const sessions = async (token, n) => {
      const socket = new WebSocket(s.ws);
      cleanups.push(async () => socket.terminate());
      await new Promise((resolve) => socket.on('open', resolve));
      const answers = { in: 0, out: 0 };
      socket.on('message', (data) => {
        const d = decoding.createDecoder(new Uint8Array(/** @type {ArrayBuffer} */ (data)));
        decoding.readVarString(d);
        if (decoding.readVarUint(d) !== 2) return; // Auth
        const kind = decoding.readVarUint(d);
        if (kind === 2) answers.in += 1;
        if (kind === 1) answers.out += 1;
      });
      for (let i = 0; i < n; i++) {
        const auth = encoding.createEncoder();
        encoding.writeVarString(auth, `${room.room}\u0000session-${i}`);
        encoding.writeVarUint(auth, 2);
        encoding.writeVarUint(auth, 0);
        encoding.writeVarString(auth, token);
        socket.send(encoding.toUint8Array(auth));
      }
      await until(() => answers.in + answers.out === n);
      return answers.in;
    };
    expect(await sessions(room.view, 50)).toBe(2); // 50 multiplexed on one socket: two let in
    expect(await sessions(room.view, 2)).toBe(2);
    expect(await sessions(room.view, 2)).toBe(1); // five from this address
    expect(await sessions(room.owner, 2)).toBe(2); // the owner, beyond every limit
    const owner = client(s.ws, room.room, room.owner);
    await until(() => owner.events.synced);
  });

  it('bounds memory by items, not only bytes, per board and in total, and limits how fast boards are created', async () => {
    const s = await server(undefined, undefined, { documentEntries: 2000, totalEntries: 3000, roomsPerMinuteTotal: 4 });
    const rooms = [];
    for (let i = 0; i < 4; i++) rooms.push((await api(s.http, '/api/rooms')).body);
    expect((await api(s.http, '/api/rooms')).status).toBe(429); // past the total, from any address
    /** Sends `n` tiny entries (a few bytes each: 2 500 are 20 KB) in one update; resolves with the reason it was refused, or null. */
    const fill = async (room, n) => {
      const raw = await rawClient(s.ws, room.room, room.edit);
      const doc = new Y.Doc();
      doc.transact(() => {
        for (let i = 0; i < n; i++) doc.getMap('meta').set(`k${i}`, i);
      });
      raw.send(contentMessage(room.room, Y.encodeStateAsUpdate(doc)));
      await until(() => raw.acks === 1 || raw.closed !== null);
      return raw.acks === 1 ? null : raw.closed;
    };
    expect(await fill(rooms[0], 2500)).toBe('This board has reached the size limit of the server');
    expect(await fill(rooms[0], 1500)).toBeNull();
    expect(await fill(rooms[1], 1500)).toBeNull(); // 3 000 items loaded: the server's total
    expect(await fill(rooms[1], 1)).toBe('The server is full; try again later');
    // A board not in memory yet is not loaded while the server is full…
    const third = client(s.ws, rooms[2].room, rooms[2].edit);
    await until(() => third.events.failed !== null);
    expect(third.events.failed).toBe('The server is full; try again later');
  });

  it('malformed, oversized and unauthenticated messages never crash the server or change a board', async () => {
    const s = await server();
    const { body: room } = await api(s.http, '/api/rooms');
    const owner = client(s.ws, room.room, room.edit);
    await until(() => owner.events.synced);
    owner.doc.getMap('meta').set('title', 'Untouched');

    // An update that would change the title, sent without authenticating first.
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(owner.doc));
    attacker.getMap('meta').set('title', 'Hacked');
    const update = Y.encodeStateAsUpdate(attacker);
    const encoder = await import('lib0/encoding');
    const forged = encoder.createEncoder();
    encoder.writeVarString(forged, room.room);
    encoder.writeVarUint(forged, 0); // sync
    encoder.writeVarUint(forged, 2); // update
    encoder.writeVarUint8Array(forged, update);

    let seed = 7;
    const random = (n) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255);
    const payloads = [
      encoder.toUint8Array(forged),
      random(1),
      random(17),
      random(4096),
      new Uint8Array(3 * 1024 * 1024),
      Buffer.from('{"json":true}'),
    ];
    for (const payload of payloads)
      await new Promise((resolve) => {
        const socket = new WebSocket(s.ws);
        socket.on('open', () => socket.send(payload));
        socket.on('error', resolve);
        socket.on('close', resolve);
        setTimeout(() => socket.terminate(), 300); // the server may simply ignore it
      });

    expect((await fetch(`${s.http}/api/health`)).status).toBe(200);
    const reader = client(s.ws, room.room, room.view);
    await until(() => reader.events.synced);
    expect(reader.doc.getMap('meta').get('title')).toBe('Untouched');
    expect(owner.doc.getMap('meta').get('title')).toBe('Untouched');
  });
});

describe('scale-out', () => {
  it('two server processes sharing one Redis serve the same room: edits made on either reach clients of both', async () => {
    const redisUrl = await startRedis();
    const dataDir = mkdtempSync(join(tmpdir(), 'bs-redis-'));
    const one = await serverProcess(dataDir, redisUrl);
    const two = await serverProcess(dataDir, redisUrl);
    const { body: room } = await api(one.http, '/api/rooms');
    const a = client(one.ws, room.room, room.edit);
    const b = client(two.ws, room.room, room.edit);
    await until(() => a.events.synced && b.events.synced);
    a.doc.getMap('meta').set('fromOne', 'a');
    b.doc.getMap('meta').set('fromTwo', 'b');
    a.doc.getMap('cards').set('one', new Y.Map());
    b.doc.getMap('cards').set('two', new Y.Map());
    await until(() => a.doc.getMap('meta').get('fromTwo') === 'b' && b.doc.getMap('meta').get('fromOne') === 'a');
    await until(() => a.doc.getMap('cards').size === 2 && b.doc.getMap('cards').size === 2);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));

    // Stopping sharing through the first process closes the room's sockets on the second too.
    const viewer = client(two.ws, room.room, room.view);
    await until(() => viewer.events.synced);
    expect((await api(one.http, `/api/rooms/${room.room}/rotate`, room.owner)).status).toBe(200);
    await until(() => viewer.events.closed !== null && b.events.closed !== null);
    expect(viewer.events.closed).toBe('This link is not valid or was revoked');
    expect(b.events.closed).toBe('This link is not valid or was revoked');
  });
});
