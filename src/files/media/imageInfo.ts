/**
 * What a file's bytes say it is, read from its first bytes (never from its name or the type the
 * browser guessed from the name), and the pixel size its header claims: checked before anything
 * decodes it, so a 100 000 × 100 000 "image" of a few kilobytes (a decompression bomb) is
 * refused without allocating its pixels.
 */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'heic' | 'avif' | 'svg';

export interface ImageInfo {
  format: ImageFormat;
  /** The pixel size the header claims (absent when it does not say, as for some SVG). */
  width?: number;
  height?: number;
}

/** Pictures larger than this are refused before decoding (a 200-megapixel phone photo is 200 000 000). */
export const MAX_PIXELS = 120_000_000;
export const MAX_SIDE = 30_000;

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);

export function imageInfo(b: Uint8Array): ImageInfo | null {
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR')
    return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a'))
    return { format: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { format: 'jpeg', ...jpegSize(b) };
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { format: 'webp', ...webpSize(b) };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    const format = brand === 'avif' || brand === 'avis' ? 'avif' : ['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand) ? 'heic' : null;
    if (format) return { format, ...ispeSize(b) };
  }
  if (looksLikeSvg(b)) return { format: 'svg' };
  return null;
}

/** Whether the claimed size is too large to decode. */
export const tooManyPixels = ({ width = 0, height = 0 }: Pick<ImageInfo, 'width' | 'height'>) =>
  width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS;

/** A JPEG's size from its first start-of-frame marker. */
function jpegSize(b: Uint8Array): { width?: number; height?: number } {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return {};
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    at += 2 + u16be(b, at + 2);
  }
  return {};
}

function webpSize(b: Uint8Array): { width?: number; height?: number } {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const [b0, b1, b2, b3] = [b[21]!, b[22]!, b[23]!, b[24]!];
    return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) };
  }
  if (chunk === 'VP8X') return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  return {};
}

/** HEIC and AVIF say their size in an `ispe` box. */
function ispeSize(b: Uint8Array): { width?: number; height?: number } {
  const end = Math.min(b.length - 15, 64 * 1024);
  for (let at = 12; at < end; at++) if (b[at] === 0x69 && ascii(b, at, 4) === 'ispe') return { width: u32be(b, at + 8), height: u32be(b, at + 12) };
  return {};
}

function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(b.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
}

/**
 * Whether an SVG could do anything but draw: scripts, event handlers, script addresses, embedded
 * HTML or outside resources. Such a file is refused (an SVG is only ever drawn to a bitmap, where
 * none of it would run, but a file that tries is not what a designer means to put on a card).
 */
export function svgIsActive(text: string): boolean {
  const outside = /\bhref\s*=\s*(?:"(?!#|data:image\/)|'(?!#|data:image\/)|(?!["'#]|data:image\/))/i; // a link to anything but the file itself or an inline picture
  return /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:|<iframe\b|<embed\b|<object\b/i.test(text) || outside.test(text);
}
