import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes';

describe('routes', () => {
  it('reads a join link, and the same room once its secret left the address (held for the tab)', () => {
    const link = '#/join/room-1?server=ws%3A%2F%2Fhost%3A1234&key=secret';
    expect(parseRoute(link)).toEqual({ page: 'join', room: 'room-1', server: 'ws://host:1234', key: 'secret' });
    const held = (room: string) => (room === 'room-1' ? { server: 'ws://host:1234', key: 'secret' } : null);
    expect(parseRoute('#/join/room-1', held)).toEqual({ page: 'join', room: 'room-1', server: 'ws://host:1234', key: 'secret' });
    expect(parseRoute('#/join/room-2', held)).toEqual({ page: 'library' });
    expect(parseRoute('#/join/room-1')).toEqual({ page: 'library' });
    expect(parseRoute('#/board/bd_1')).toEqual({ page: 'board', id: 'bd_1' });
  });
});
