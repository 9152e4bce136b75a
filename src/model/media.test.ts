import { describe, expect, it } from 'vitest';
import { sample } from './test/fixtures';
import { addAttachments, addImages, moveImage, removeAttachment, removeImage, updateImage } from './ops';
import { blobsOf, MAX_IMAGES_PER_CARD, type CardImage } from './media';
import { validateBoard } from './validate';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const image = (n: number, alt = ''): CardImage => ({ hash: hash(n), type: 'image/png', size: 100 + n, width: 40, height: 30, alt });

describe('pictures and files on cards', () => {
  it('adds each content once, keeps order, moves, describes and removes', () => {
    const board = sample();
    const id = board.cards[0]!.id;
    let b = addImages(board, id, [image(1), image(2), image(1)]);
    expect(b.cards[0]!.images!.map((x) => x.hash)).toEqual([hash(1), hash(2)]);
    expect(addImages(b, id, [image(2)])).toBe(b); // the same photo again adds nothing
    b = moveImage(b, id, hash(2), -1);
    expect(b.cards[0]!.images!.map((x) => x.hash)).toEqual([hash(2), hash(1)]);
    expect(moveImage(b, id, hash(2), -1)).toBe(b);
    b = updateImage(b, id, hash(1), { alt: 'The ticket machine' });
    expect(b.cards[0]!.images![1]!.alt).toBe('The ticket machine');
    expect(validateBoard(b).ok).toBe(true);
    b = removeImage(removeImage(b, id, hash(1)), id, hash(2));
    expect(b.cards[0]).not.toHaveProperty('images');
  });

  it('takes at most the card’s limit', () => {
    const board = sample();
    const id = board.cards[0]!.id;
    const b = addImages(
      board,
      id,
      Array.from({ length: MAX_IMAGES_PER_CARD + 5 }, (_, i) => image(i + 1)),
    );
    expect(b.cards[0]!.images).toHaveLength(MAX_IMAGES_PER_CARD);
  });

  it('lists files by name, removes one by place, and knows every blob the board uses', () => {
    const board = sample();
    const [a, c] = [board.cards[0]!.id, board.cards[1]!.id];
    let b = addAttachments(board, a, [
      { hash: hash(7), type: 'application/pdf', size: 2048, name: 'floor plan.pdf' },
      { hash: hash(7), type: 'application/pdf', size: 2048, name: 'copy of floor plan.pdf' },
    ]);
    b = addImages(b, c, [image(3)]);
    expect(b.cards[0]!.attachments!.map((f) => f.name)).toEqual(['floor plan.pdf', 'copy of floor plan.pdf']);
    expect([...blobsOf(b.cards)].sort()).toEqual([hash(3), hash(7)]);
    b = removeAttachment(b, a, 0);
    expect(b.cards[0]!.attachments!.map((f) => f.name)).toEqual(['copy of floor plan.pdf']);
    expect(validateBoard(b).ok).toBe(true);
  });

  it('refuses a picture that is not described right', () => {
    const board = sample();
    const bad = { ...board, cards: board.cards.map((c, i) => (i === 0 ? { ...c, images: [{ ...image(1), hash: 'not-a-hash' }] } : c)) };
    expect(validateBoard(bad).ok).toBe(false);
    const svg = { ...board, cards: board.cards.map((c, i) => (i === 0 ? { ...c, images: [{ ...image(1), type: 'image/svg+xml' }] } : c)) };
    expect(validateBoard(svg as typeof board).ok).toBe(false); // a picture is never kept as live SVG
  });
});
