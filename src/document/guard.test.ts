import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sample } from '../model/test/fixtures';
import { createDocGuard, docFromBoard, readDoc } from './index';

/** A room as the server holds it (the real document) and a collaborator's replica of it. */
function room() {
  const board = sample();
  const server = docFromBoard(board);
  const guard = createDocGuard(() => Y.encodeStateAsUpdate(server));
  server.on('update', (u: Uint8Array) => guard.follow(u));
  /** A collaborator's replica, fresh from the server. */
  const replica = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  const r = {
    board,
    server,
    guard,
    peer: replica(),
    replica,
    /** What `change` does to the peer, as the one update it sends. */
    edit: (change: (doc: Y.Doc) => void) => {
      const before = Y.encodeStateVector(r.peer);
      change(r.peer);
      return Y.encodeStateAsUpdate(r.peer, before);
    },
    send: (update: Uint8Array) => {
      const refusal = guard.admit(update);
      if (!refusal) Y.applyUpdate(server, update);
      return refusal;
    },
    firstCard: () => r.peer.getMap<Y.Map<unknown>>('cards').get(board.cards[0]!.id)!,
  };
  return r;
}

describe('the server’s guard of a shared board', () => {
  it('accepts what the app writes: typing, a new field, a deleted card', () => {
    const r = room();
    expect(r.send(r.edit(() => (r.firstCard().get('text') as Y.Text).insert(0, 'Now ')))).toBeNull();
    expect(r.send(r.edit(() => r.firstCard().set('color', '#ff0000')))).toBeNull();
    expect(r.send(r.edit((d) => d.getMap('cards').delete(r.board.cards[1]!.id)))).toBeNull();
    const board = readDoc(r.server);
    expect(board.cards[0]!.text.startsWith('Now ')).toBe(true);
    expect(board.cards).toHaveLength(r.board.cards.length - 1);
  });

  it('refuses each kind of update that would make the board invalid, and keeps no trace of it', () => {
    const r = room();
    const entries = r.guard.entries();
    const hostile: [string, (d: Y.Doc) => void, string][] = [
      ['a card text that is a number', () => r.firstCard().set('text', 42 as never), 'invalid'],
      ['the lanes turned into a string', (d) => d.getMap('lanes').set(r.board.lanes[0]!.id, 'lane' as never), 'invalid'],
      ['an unknown lane kind', (d) => (d.getMap('lanes').get(r.board.lanes[0]!.id) as Y.Map<unknown>).set('kind', 'dungeon'), 'invalid'],
      ['text over the limit', () => (r.firstCard().get('text') as Y.Text).insert(0, 'x'.repeat(20_001)), 'invalid'],
      [
        '2 000-deep nesting',
        (d) =>
          d.transact(() => {
            r.firstCard().set('touchpoint', new Y.Map());
            let inner = r.firstCard().get('touchpoint') as Y.Map<unknown>;
            for (let i = 0; i < 2000; i++) inner = inner.set('n', new Y.Map<unknown>());
          }),
        'invalid',
      ],
      ['a newer format version', (d) => d.getMap('meta').set('version', 99), 'newer'],
      ['a root type no board has', (d) => d.getText('payload').insert(0, 'x'.repeat(1000)), 'invalid'],
      ['a title that is not text', (d) => d.getMap('meta').set('title', { evil: true }), 'invalid'],
    ];
    for (const [what, change, why] of hostile) {
      // Each on a fresh replica of the server, so one refusal does not carry into the next.
      r.peer = r.replica();
      expect([what, r.send(r.edit(change))]).toEqual([what, why]);
    }
    expect(readDoc(r.server)).toEqual(r.board);
    expect(r.guard.entries()).toBe(entries);
    // The copy took nothing of what it refused: a valid edit is judged on the real state.
    r.peer = r.replica();
    expect(r.send(r.edit((d) => d.getMap('meta').set('title', 'Renamed')))).toBeNull();
    expect(readDoc(r.server).title).toBe('Renamed');
  });

  it('refuses an update whose earlier changes never arrived, and bytes that are no update', () => {
    const r = room();
    const first = r.edit(() => (r.firstCard().get('text') as Y.Text).insert(0, 'a'));
    const second = r.edit(() => (r.firstCard().get('text') as Y.Text).insert(1, 'b'));
    expect(r.send(second)).toBe('incomplete');
    expect(r.send(Uint8Array.from([1, 2, 3, 250, 250, 250]))).toBe('changeUnreadable');
    expect(r.send(first)).toBeNull();
    expect(r.send(second)).toBeNull();
    expect(readDoc(r.server).cards[0]!.text.startsWith('ab')).toBe(true);
  });

  it('follows updates the real document took another way, and counts its items', () => {
    const r = room();
    const before = r.guard.entries();
    const other = r.replica();
    const sv = Y.encodeStateVector(other);
    other.getMap('meta').set('title', 'From another process');
    Y.applyUpdate(r.server, Y.encodeStateAsUpdate(other, sv)); // as the Redis extension does
    expect(r.guard.entries()).toBe(before + 1);
    // An edit made after it, on a replica that has it, depends on it: accepted.
    Y.applyUpdate(r.peer, Y.encodeStateAsUpdate(r.server));
    expect(r.send(r.edit((d) => d.getMap('meta').set('title', 'Then this')))).toBeNull();
  });
});
