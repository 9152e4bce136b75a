// The server fuzzer: while one honest person types on a shared board, seeded random hostile
// input of every kind the security audit used is thrown at the server process (on loopback,
// within a bounded memory budget). Afterwards the process must still be serving, every edit it
// acknowledged to the honest person must be there, and the board must still be valid. Prints,
// per kind, how many cases were tried, how many the server survived and what was lost.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { api, cleanups, client, contentMessage, lostFrom, randomFrom, rawClient, serverProcess, sharedSample, typist, until } from './testing.mjs';
import { createBoardReader } from '../src/document/index.ts';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The server process's resident memory, in MB. */
const residentMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** Sends raw bytes as an HTTP request (text, or head and body); resolves with the status (0: no answer). */
const rawHttp = (port, head, body = undefined) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.write(head), body && socket.write(body)));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', () => resolve(0));
    socket.setTimeout(3000, () => socket.destroy());
  });

/** Opens a socket, sends `messages`, and gives the server a moment's answer (or its close) before closing it. */
const blast = (url, messages) =>
  new Promise((resolve) => {
    const socket = new WebSocket(url);
    const done = () => (socket.terminate(), resolve(undefined));
    socket.on('error', done);
    socket.on('close', done);
    socket.on('open', () => {
      for (const m of messages) socket.send(m);
      socket.send(new Uint8Array(0), done); // sent after the others: then close
    });
  });

describe('the server fuzzer', () => {
  it('survives every kind of hostile input while an honest person types: 0 crashes, 0 acknowledged edits lost, the board still valid', async () => {
    const random = randomFrom(20261201);
    const pick = (list) => list[random(list.length)];
    const bytes = (n) => Uint8Array.from({ length: n }, () => random(256));
    const dataDir = mkdtempSync(join(tmpdir(), 'bs-fuzz-'));
    const server = await serverProcess(dataDir, undefined, undefined, {
      MAX_FILE_MB: '1',
      MAX_BOARD_FILES_MB: '4',
      MAX_BOARD_ITEMS: '60000',
      MAX_SERVER_ITEMS: '150000',
      MAX_SERVER_MB: '64',
      // A hard heap cap: were memory not bounded, the memory-pressure cases would end the process.
      NODE_OPTIONS: '--max-old-space-size=200',
    });
    const { room, board, seed } = await sharedSample(server);
    const honest = await typist(server, room.room, room.edit, seed, board.cards[0].id, 300);

    /** A valid replica of the board as it is now, to derive updates from. */
    const replica = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, seed);
      return doc;
    };
    const changeOf = (change) => {
      const doc = replica();
      const before = Y.encodeStateVector(doc);
      change(doc);
      return Y.encodeStateAsUpdate(doc, before);
    };
    const entity = (doc, collection) => {
      const ids = [...doc.getMap(collection).keys()];
      return doc.getMap(collection).get(pick(ids));
    };
    const WRONG = [42, 'text', null, true, [1, 2], { nested: { deeper: 1 } }, 'x'.repeat(20_001), 'url(http://evil.example/x)'];
    const awareness = (clientID, state) => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      const a = new Awareness(doc);
      a.setLocalState(state);
      const m = encoding.createEncoder();
      encoding.writeVarString(m, room.room);
      encoding.writeVarUint(m, 1);
      encoding.writeVarUint8Array(m, encodeAwarenessUpdate(a, [clientID]));
      return encoding.toUint8Array(m);
    };

    /** Each kind: one random case, sent; resolves when the server has answered or closed. */
    const KINDS = {
      'malformed HTTP targets': async () => {
        const target = pick([
          '//',
          '///',
          '//[',
          'http://',
          '/%',
          '/api/rooms/%E0%A4%A/rotate',
          '/api/rooms/x/rotate',
          '/api/rooms/x/links/comment',
          '/api/rooms/%ZZ/links/view',
          '/api/rooms/x/links/',
          '*',
          `/${String.fromCharCode(...bytes(8).map((b) => 33 + (b % 90)))}`,
        ]);
        const method = pick(['GET', 'POST', 'OPTIONS', 'PUT', 'DELETE']);
        return (await rawHttp(server.port, `${method} ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)) > 0;
      },
      'hostile blob requests': async () => {
        const data = bytes(1 + random(3000));
        const real = sha256(data);
        const hash = pick([real, real, sha256(bytes(9)), 'g'.repeat(64), real.toUpperCase(), '..%2F..%2Fsecret', `${real}/..`, '']);
        const token = pick([room.edit, room.edit, room.owner, room.view, room.comment, 'nonsense', '']);
        const path = `/api/rooms/${pick([room.room, room.room, 'x', '%ZZ'])}/blobs/${pick([hash, hash, 'missing', `${hash}/thumb`])}`;
        const head = (method, length) =>
          `${method} ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
        const body = pick([
          data,
          Buffer.from(pick(['{"hashes":[1,2]}', '{"hashes":"x"}', `{"hashes":["${real}"]}`, '{', 'null'])),
          bytes(1200 * 1024),
        ]);
        const [method, length] = pick([
          ['PUT', body.length],
          ['PUT', 10 * 1024 ** 3], // says 10 GB, sends a little
          ['POST', body.length],
          ['GET', 0],
          ['DELETE', 0],
        ]);
        return (await rawHttp(server.port, head(method, length), method === 'GET' || method === 'DELETE' ? undefined : body)) > 0;
      },
      'random frames': async () => void (await blast(server.ws, [bytes(1 + random(2000))])),
      'corrupt updates': async () => {
        const raw = await rawClient(server.ws, room.room, room.edit);
        const update = changeOf((doc) => entity(doc, 'cards').get('text').insert(0, 'fuzz'));
        for (let i = 0; i < 1 + random(6); i++) update[random(update.length)] = random(256);
        raw.send(contentMessage(room.room, update, { reply: random(2) === 1 }));
        await until(() => raw.acks > 0 || raw.closed !== null);
        raw.socket.terminate();
      },
      'schema-breaking updates': async () => {
        const raw = await rawClient(server.ws, room.room, room.edit);
        const collection = pick(['cards', 'lanes', 'steps', 'stages', 'personas'].filter((c) => replica().getMap(c).size));
        const update = changeOf((doc) => entity(doc, collection).set(pick(['text', 'name', 'kind', 'laneId', 'color', 'order', 'id']), pick(WRONG)));
        raw.send(contentMessage(room.room, update));
        await until(() => raw.acks > 0 || raw.closed !== null);
        raw.socket.terminate();
        return raw.acks === 0 || null; // null: the change happened to be valid (a colour on a card, say)
      },
      'comment-link changes to the board': async () => {
        const raw = await rawClient(server.ws, room.room, room.comment);
        const update = pick([
          () => changeOf((doc) => entity(doc, 'cards').get('text').insert(0, 'COMMENTER')),
          () => changeOf((doc) => doc.getMap('meta').set('title', 'COMMENTER')),
          () => changeOf((doc) => doc.getMap('cards').delete(pick([...doc.getMap('cards').keys()]))),
          () =>
            changeOf((doc) => {
              doc.getMap('comments').set('cm_fuzz', new Y.Map([['text', 'COMMENTER']]));
              entity(doc, 'lanes').set('name', 'COMMENTER');
            }),
        ])();
        raw.send(contentMessage(room.room, update, { reply: random(2) === 1 }));
        await until(() => raw.acks > 0 || raw.closed !== null);
        raw.socket.terminate();
        return raw.acks === 0;
      },
      'sync-reply floods': async () => {
        const big = new Y.Doc();
        big.getMap('meta').set('flood', 'y'.repeat(1024 * 1024));
        const raw = await rawClient(server.ws, room.room, room.edit);
        for (let i = 0; i < 4; i++) raw.send(contentMessage(room.room, Y.encodeStateAsUpdate(big), { reply: true }));
        await until(() => raw.closed !== null || raw.acks > 0);
        raw.socket.terminate();
      },
      'presence spoofing and floods': async () => {
        const raw = await rawClient(server.ws, room.room, room.view);
        const messages = [
          awareness(honest.doc.clientID, { user: { name: 'Mallory', color: 'red' } }),
          awareness(1 + random(1e6), { user: { name: { evil: true } }, selection: 'cd' }),
          awareness(1 + random(1e6), { user: { name: 'Big' }, selection: Array.from({ length: 5000 }, (_, i) => `c${i}`) }),
        ];
        for (let i = 0; i < 30; i++) raw.send(pick(messages));
        raw.socket.terminate();
      },
      'session multiplexing': async () => {
        const socket = new WebSocket(server.ws);
        await new Promise((resolve) => socket.on('open', resolve));
        for (let i = 0; i < 60; i++) {
          const auth = encoding.createEncoder();
          encoding.writeVarString(auth, `${room.room}\u0000s${i}`);
          encoding.writeVarUint(auth, 2);
          encoding.writeVarUint(auth, 0);
          encoding.writeVarString(auth, room.view);
          socket.send(encoding.toUint8Array(auth));
        }
        await new Promise((resolve) => socket.send(new Uint8Array(0), resolve));
        socket.terminate();
      },
      'memory pressure': async () => {
        const { status, body } = await api(server.http, '/api/rooms');
        if (status !== 201) return true; // creation limited: that is the answer
        const raw = await rawClient(server.ws, body.room, body.edit);
        const doc = new Y.Doc();
        doc.transact(() => {
          for (let i = 0; i < 50_000; i++) doc.getMap('meta').set(`k${i}`, i);
        });
        raw.send(contentMessage(body.room, Y.encodeStateAsUpdate(doc)));
        await until(() => raw.closed !== null || raw.acks > 0);
        cleanups.push(async () => raw.socket.terminate()); // kept open: the board stays in memory
      },
    };

    const figures = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { tried: 0, survived: 0, refused: 0 }]));
    const alive = () =>
      fetch(`${server.http}/api/health`).then(
        (r) => server.child.exitCode === null && r.status === 200,
        () => false,
      );
    let peakMb = 0;
    for (let round = 0; round < 12; round++)
      for (const [kind, run] of Object.entries(KINDS)) {
        const f = figures[kind];
        f.tried += 1;
        const answered = await run();
        if (answered === false) continue; // no answer: not survived
        if (answered !== null && (await alive())) f.survived += 1;
        else if (answered === null) f.tried -= 1; // not a hostile case after all
        peakMb = Math.max(peakMb, residentMb(server.child.pid));
      }
    await until(() => honest.done() || honest.raw.closed !== null, 20_000);

    // Every blob the server kept is what its name says, and the board's blobs are within its limit.
    const blobDir = join(dataDir, 'blobs');
    const files = existsSync(blobDir) ? readdirSync(blobDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()) : [];
    for (const f of files) expect(sha256(readFileSync(join(f.parentPath, f.name)))).toBe(f.name);
    const kept = files.reduce((sum, f) => sum + readFileSync(join(f.parentPath, f.name)).length, 0);
    expect(kept).toBeLessThanOrEqual(4 * 1024 * 1024);

    const reader = client(server.ws, room.room, room.view);
    await until(() => reader.events.synced);
    let invalid = 0;
    const read = createBoardReader(reader.doc, () => (invalid += 1));
    const now = read.read();
    read.dispose();
    const lost = lostFrom(honest, Y.encodeStateAsUpdate(reader.doc));
    for (const [kind, f] of Object.entries(figures))
      console.log(`fuzz ${kind}: ${f.tried} tried, ${f.survived} survived, ${f.tried - f.survived} did not`);
    console.log(
      `fuzz, the honest typist: ${honest.acked()} edits acknowledged, ${lost} lost; board valid: ${invalid === 0}; server memory peak ${peakMb.toFixed(0)} MB`,
    );
    expect(honest.raw.closed).toBeNull();
    expect(honest.acked()).toBe(300);
    expect(lost).toBe(0);
    expect(invalid).toBe(0);
    expect(now.lanes.map((l) => l.id)).toEqual(board.lanes.map((l) => l.id));
    expect(now.cards.map((c) => c.id)).toEqual(board.cards.map((c) => c.id)); // no card deleted through a comment link
    expect(JSON.stringify(now)).not.toContain('COMMENTER');
    expect(now.cards.find((c) => c.id === board.cards[0].id)?.text).toBe(`${board.cards[0].text}${'x'.repeat(300)}`);
    for (const f of Object.values(figures)) expect(f.survived).toBe(f.tried);
    expect(peakMb).toBeLessThan(400); // the 200 MB heap, with code, buffers and SQLite beside it
  }, 180_000);
});
