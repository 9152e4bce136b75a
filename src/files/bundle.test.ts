import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { addAttachments, addImages } from '../model';
import { sample } from '../model/test/fixtures';
import { boardToJson, backupToJson } from './json';
import { makeBundle, readBundle } from './bundle';
import { sha256 } from './media/hash';
import { readImportFile } from './import';

const bytes = (text: string) => new TextEncoder().encode(text);

async function pictureBoard() {
  const photo = bytes('pretend these are the bytes of a JPEG');
  const plan = bytes('%PDF-1.4 floor plan');
  const [photoHash, planHash] = [await sha256(photo), await sha256(plan)];
  const base = sample();
  let board = addImages(base, base.cards[0]!.id, [
    { hash: photoHash, type: 'image/jpeg', size: photo.length, width: 4, height: 3, alt: 'The entrance' },
  ]);
  board = addAttachments(board, board.cards[1]!.id, [{ hash: planHash, type: 'application/pdf', size: plan.length, name: 'plan.pdf' }]);
  const blobs = [
    { hash: photoHash, type: 'image/jpeg', bytes: photo, thumb: bytes('thumb'), thumbType: 'image/webp' },
    { hash: planHash, type: 'application/pdf', bytes: plan },
  ];
  return { board, blobs };
}

describe('bundles: boards with their pictures and files', () => {
  it('round-trips a board and the bytes it uses, read through the same import as any file', async () => {
    const { board, blobs } = await pictureBoard();
    const zip = makeBundle(boardToJson(board), [...blobs, { hash: 'f'.repeat(64), type: 'image/png', bytes: bytes('unused') }]);
    const read = await readImportFile(new File([zip as Uint8Array<ArrayBuffer>], 'Restaurant.zip'));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.boards).toEqual([board]);
    expect(read.blobs).toEqual(blobs); // the one no board uses is left out
  });

  it('carries a backup of several boards', async () => {
    const { board, blobs } = await pictureBoard();
    const other = { ...sample(), id: 'bd_other', title: 'Other' };
    const read = await readBundle(makeBundle(backupToJson([board, other], new Date(0)), blobs), 'backup.zip');
    expect(read.ok && read.boards.map((b) => b.title)).toEqual([board.title, 'Other']);
    expect(read.ok && read.blobs.length).toBe(2);
  });

  it('refuses a damaged blob, a foreign zip, a newer bundle and a bad board, with what and where', async () => {
    const { board, blobs } = await pictureBoard();
    const damaged = makeBundle(boardToJson(board), [{ ...blobs[0]!, bytes: bytes('something else') }]);
    expect(await readBundle(damaged, 'x.zip')).toMatchObject({ ok: false, errors: [{ path: `blobs/${blobs[0]!.hash}`, code: 'blobMismatch' }] });
    const foreign = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(await readBundle(foreign, 'report.docx')).toMatchObject({ ok: false, errors: [{ code: 'notBundle' }] });
    const newer = zipSync({
      'manifest.json': strToU8(JSON.stringify({ format: 'blueprint-studio/bundle', version: 2 })),
      'board.json': strToU8('{}'),
    });
    expect(await readBundle(newer, 'n.zip')).toMatchObject({ ok: false, errors: [{ code: 'newerFormat' }] });
    const badBoard = makeBundle(JSON.stringify({ ...board, cards: [{ ...board.cards[0], text: 5 }] }), blobs);
    const bad = await readBundle(badBoard, 'b.zip');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toContain('cards[0].text');
    expect(await readBundle(bytes('PK\u0003\u0004 not really a zip'), 'cut.zip')).toMatchObject({ ok: false, errors: [{ code: 'notBundle' }] });
  });

  it('refuses a zip bomb by the sizes it declares, before unpacking', async () => {
    // 200 MB of zeros compresses to about 200 KB: over the 60 MB a single entry may unpack to.
    const zeros = new Uint8Array(200 * 1024 * 1024);
    const bomb = zipSync({ 'manifest.json': strToU8('{}'), 'blobs/zeros': [zeros, { level: 9 }] });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await readBundle(bomb, 'bomb.zip')).toMatchObject({ ok: false, errors: [{ code: 'bundleTooLarge' }] });
  });
});
