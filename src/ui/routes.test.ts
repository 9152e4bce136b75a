import { describe, expect, it } from 'vitest';
import { boardHref, compareHref, parseRoute } from './routes';

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

describe('the portfolio and a card on a board', () => {
  it('reads the portfolio and a board with the card to select, and writes them back', () => {
    expect(parseRoute('#/portfolio')).toEqual({ page: 'portfolio' });
    expect(parseRoute(boardHref('bd 1', 'cd_2'))).toEqual({ page: 'board', id: 'bd 1', card: 'cd_2' });
    expect(parseRoute(boardHref('bd_1'))).toEqual({ page: 'board', id: 'bd_1' });
  });
});

describe('comparing scenarios', () => {
  it('reads a comparison with and without the second scenario, and writes it back', () => {
    expect(parseRoute(compareHref('bd 1', 'bd_2'))).toEqual({ page: 'compare', id: 'bd 1', with: 'bd_2' });
    expect(parseRoute(compareHref('bd_1'))).toEqual({ page: 'compare', id: 'bd_1' });
    expect(parseRoute('#/compare/')).toEqual({ page: 'library' });
  });
});
