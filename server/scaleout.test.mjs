// Beyond one machine: two server processes with data directories of their own, one PostgreSQL
// (rooms, secrets and boards) and one Redis (updates and presence relayed, revocations). A room
// made through one is served by the other; one is killed mid-edit; nothing acknowledged is lost,
// and people behind a load balancer reconnect to the one left and converge.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { api, cleanups, client, loadBalancer, lostFrom, serverProcess, sharedSample, startPostgres, startRedis, typist, until } from './testing.mjs';
import { openPostgres } from './storage/postgres.mjs';

/** A person whose provider reconnects by itself (as the app's does), through `url`. */
function person(url, room, token) {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 100, maxDelay: 1000 });
  const state = { synced: false };
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: room,
    document: doc,
    token,
    onSynced: () => (state.synced = true),
  });
  provider.attach?.();
  cleanups.push(async () => {
    provider.destroy();
    websocketProvider.destroy();
  });
  return { doc, state };
}

describe('scale-out on PostgreSQL and Redis', () => {
  it('two processes serve one room from one PostgreSQL; the first killed mid-edit loses nothing acknowledged, and clients reconnect and converge', async () => {
    const [databaseUrl, redisUrl] = await Promise.all([startPostgres(), startRedis()]);
    const env = { DATABASE_URL: databaseUrl };
    const one = await serverProcess(mkdtempSync(join(tmpdir(), 'bs-one-')), redisUrl, undefined, env);
    const two = await serverProcess(mkdtempSync(join(tmpdir(), 'bs-two-')), redisUrl, undefined, env);

    // Made through the first; the second knows the room and its board (from PostgreSQL).
    const { room, board, seed } = await sharedSample(one);
    const joined = client(two.ws, room.room, room.edit);
    await until(() => joined.events.synced);
    expect(joined.doc.getMap('cards').size).toBe(board.cards.length);
    // A link revoked through the second is refused by the first too.
    await api(two.http, `/api/rooms/${room.room}/links/view`, room.owner);
    const stale = client(one.ws, room.room, room.view);
    await until(() => stale.events.failed !== null);

    // Four people behind a load balancer (two on each process), and one typist straight on each.
    const balancer = await loadBalancer([one.port, two.port]);
    const people = [0, 1, 2, 3].map(() => person(balancer.ws, room.room, room.edit));
    await until(() => people.every((p) => p.state.synced), 10_000);
    const onOne = await typist(one, room.room, room.edit, seed, board.cards[0].id, 5000);
    const onTwo = await typist(two, room.room, room.edit, seed, board.cards[1].id, 400);
    // Edits made on either process reach people on both.
    const text = (doc, i) => doc.getMap('cards').get(board.cards[i].id)?.get('text')?.toString() ?? '';
    await until(() => people.every((p) => text(p.doc, 0).includes('xxxxx') && text(p.doc, 1).includes('xxxxx')), 10_000);

    // The first is killed while its typist's edits are in flight.
    await until(() => onOne.acked() >= 150, 20_000);
    one.child.kill('SIGKILL');
    await one.exited;
    await until(() => onTwo.done(), 20_000);

    // Every edit either process acknowledged is in PostgreSQL.
    const store = await openPostgres(databaseUrl);
    cleanups.push(() => store.close());
    const stored = await store.documents.load(room.room);
    const acknowledged = onOne.acked();
    expect(acknowledged).toBeGreaterThanOrEqual(150);
    expect(lostFrom(onOne, stored)).toBe(0);
    expect(lostFrom(onTwo, stored)).toBe(0);

    // The people reconnect (to the second, through the balancer), keep editing and converge, with
    // every acknowledged edit.
    people.forEach((p, i) =>
      p.doc
        .getMap('cards')
        .get(board.cards[2 + i].id)
        .get('text')
        .insert(0, `after the kill ${i} `),
    );
    const cards = (doc) => JSON.stringify(doc.getMap('cards').toJSON());
    await until(
      () =>
        people.every((p) => cards(p.doc) === cards(people[0].doc) && people.every((_, i) => text(p.doc, 2 + i).startsWith(`after the kill ${i}`))),
      20_000,
    );
    for (const p of people) {
      const state = Y.encodeStateAsUpdate(p.doc);
      expect(lostFrom(onOne, state)).toBe(0);
      expect(lostFrom(onTwo, state)).toBe(0);
    }
    console.log(`scale-out: ${acknowledged} edits acknowledged by the killed process, ${onTwo.acked()} by the other; 0 lost; 4 people converged`);
  }, 120_000);
});
