import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Page count, text and per-page ink of a PDF, read with poppler's tools as a reviewer would see it. */
export function inspectPdf(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // Content-stream order keeps each card's wrapped lines together.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'pdfpages-'));
  execFileSync('pdftoppm', ['-gray', '-r', '24', file, join(dir, 'p')]);
  const ink = readdirSync(dir)
    .sort()
    .map((f) => darkShare(readFileSync(join(dir, f))));
  return { pages, text, ink, size: readFileSync(file).length };
}

/** Share of pixels darker than near-white in a binary PGM (P5) image. */
function darkShare(pgm: Buffer): number {
  const header = pgm.toString('latin1', 0, 64).split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - w * h);
  let dark = 0;
  for (const v of pixels) if (v < 230) dark++;
  return dark / pixels.length;
}

/** Names of the fonts a PDF embeds (poppler's pdffonts). */
export function pdfFonts(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!);
}
