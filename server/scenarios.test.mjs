// Scenarios of a shared board: each is a board of the same room ("<room>.<key>"), opened with the
// room's links, listed to anyone holding one, limited in number, and cut off with the room's links.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromBoard } from '../src/document/index.ts';
import { sample } from '../src/model/test/fixtures.ts';
import { client, contentMessage, rawClient, server, sharedSample, until } from './testing.mjs';

const scenarios = async (s, room, token) => {
  const response = await fetch(`${s.http}/api/rooms/${room}/scenarios`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: /** @type {any} */ (await response.json()) };
};

/**
 * A scenario's board put on the server by someone holding `token` (as a session sends it up):
 * null once stored, else the server's reason for refusing the link.
 */
async function sendScenario(s, name, token) {
  const asked = client(s.ws, name, token);
  await until(() => asked.events.synced || asked.events.failed !== null);
  asked.provider.destroy();
  if (asked.events.failed !== null) return asked.events.failed;
  const seed = Y.encodeStateAsUpdate(docFromBoard({ ...sample(), title: name }));
  const sender = await rawClient(s.ws, name, token);
  sender.send(contentMessage(name, seed));
  await until(() => sender.acks === 1 || sender.closed !== null);
  sender.socket.terminate();
  return sender.closed;
}

describe('scenarios of a shared board', () => {
  it('are boards of the room: made by an editor, listed and opened with any of its links, never by others', async () => {
    const s = await server();
    const { room } = await sharedSample(s);
    expect((await scenarios(s, room.room, room.view)).body).toEqual({ scenarios: [] });
    expect(await sendScenario(s, `${room.room}.tobe`, room.edit)).toBeNull();
    expect(await sendScenario(s, `${room.room}.option-b`, room.owner)).toBeNull();
    // A view or comment link cannot make one, only open those that exist.
    expect(await sendScenario(s, `${room.room}.viewer`, room.view)).toBe('This link is not valid or was revoked');
    expect(await sendScenario(s, `${room.room}.commenter`, room.comment)).toBe('This link is not valid or was revoked');
    for (const token of [room.view, room.comment, room.edit, room.owner])
      expect((await scenarios(s, room.room, token)).body.scenarios.sort()).toEqual(['option-b', 'tobe']);
    const reader = client(s.ws, `${room.room}.tobe`, room.view);
    await until(() => reader.events.synced);
    expect(reader.doc.getMap('meta').get('title')).toBe(`${room.room}.tobe`);
    // Another room's link, no link, a name that is not one of ours: refused.
    const other = await sharedSample(s);
    expect((await scenarios(s, room.room, other.room.edit)).status).toBe(403);
    expect((await scenarios(s, room.room)).status).toBe(403);
    expect((await scenarios(s, 'not a room', room.edit)).status).toBe(403);
    const stranger = client(s.ws, `${room.room}.tobe`, other.room.edit);
    await until(() => stranger.events.failed !== null);
    const malformed = client(s.ws, `${room.room}.to/be`, room.edit);
    await until(() => malformed.events.failed !== null || malformed.events.closed !== null);
    expect(malformed.events.synced).toBe(false);
  });

  it('go with the room: a revoked link closes its sessions on every scenario; the owner stays', async () => {
    const s = await server();
    const { room } = await sharedSample(s);
    await sendScenario(s, `${room.room}.tobe`, room.owner);
    const editor = client(s.ws, `${room.room}.tobe`, room.edit);
    const owner = client(s.ws, `${room.room}.tobe`, room.owner);
    await until(() => editor.events.synced && owner.events.synced);
    const revoked = await fetch(`${s.http}/api/rooms/${room.room}/links/edit`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${room.owner}` },
    });
    expect(revoked.status).toBe(200);
    await until(() => editor.events.closed !== null);
    expect(editor.events.closed).toBe('This link is not valid or was revoked');
    expect(owner.events.closed).toBeNull();
  });

  it('are limited in number per room, with a reason', async () => {
    const s = await server(undefined, undefined, { scenariosPerRoom: 2 });
    const { room } = await sharedSample(s);
    expect(await sendScenario(s, `${room.room}.a`, room.edit)).toBeNull();
    expect(await sendScenario(s, `${room.room}.b`, room.edit)).toBeNull();
    expect(await sendScenario(s, `${room.room}.c`, room.edit)).toBe('This board has as many scenarios as the server keeps');
    // The ones there still open.
    expect(await sendScenario(s, `${room.room}.a`, room.edit)).toBeNull();
  });
});
