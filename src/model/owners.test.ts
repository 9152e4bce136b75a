import { describe, expect, it } from 'vitest';
import { ownersOf, sameOwner } from './owners';

describe('owners', () => {
  it('lists each owner once however it is typed, first spelling kept, in alphabetical order', () => {
    expect(ownersOf(['Kitchen', ' hotel ', undefined, 'kitchen', '', '  ', 'Hotel', 'Front desk'])).toEqual(['Front desk', 'hotel', 'Kitchen']);
  });

  it('treats case and surrounding spaces as the same team, and nothing else', () => {
    expect(sameOwner('Hotel ', 'hotel')).toBe(true);
    expect(sameOwner('Hotel', 'Hotel desk')).toBe(false);
  });
});
