import type { Board } from '../../model';
import type { PaintPicture } from '../draw/painter';
import { draw } from './draw';

/** A stored picture's bytes, as the blob store gives them. */
type Stored = { bytes: Uint8Array; type: string; thumb?: Uint8Array; thumbType?: string } | undefined;

/**
 * The pictures an export draws (each card's first), made ready once each: from the card
 * rendition (480 px a side, what a card's place on paper needs at print resolution), as JPEG
 * on white for the PDF and as a bitmap for the PNG. A picture this browser does not hold is left
 * out (the export gives its description).
 */
export async function exportPictures(board: Board, get: (hash: string) => Promise<Stored>): Promise<Map<string, PaintPicture>> {
  const hashes = new Set(board.cards.flatMap((c) => (c.images?.[0] ? [c.images[0].hash] : [])));
  const out = new Map<string, PaintPicture>();
  for (const hash of hashes) {
    const stored = await get(hash).catch(() => undefined);
    if (!stored) continue;
    const bytes = stored.thumb ?? stored.bytes;
    try {
      const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: stored.thumb ? stored.thumbType : stored.type }));
      // On white: a drawing's clear parts print white, not black.
      const jpeg = await draw(bitmap, bitmap.width, bitmap.height, 'image/jpeg', '#ffffff');
      out.set(hash, { hash, width: bitmap.width, height: bitmap.height, jpeg, bitmap });
    } catch {
      // A picture the browser cannot decode any more is given by its description, like a missing one.
    }
  }
  return out;
}
