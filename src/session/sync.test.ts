import { describe, expect, it } from 'vitest';
import { peerOf } from './sync';

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
