import type { CardImage, ImageType } from '../../model';
import { imageInfo, svgIsActive, tooManyPixels, type ImageFormat } from './imageInfo';
import { sha256 } from './hash';
import { draw } from './draw';

/**
 * A picture made ready to store: checked, decoded once, downscaled when larger than a card or a
 * page needs (unless the original is asked for), with its card rendition. Loaded on first use,
 * never in the app's shell.
 */
export interface PreparedImage {
  image: Omit<CardImage, 'alt'>;
  bytes: Uint8Array;
  thumb: Uint8Array;
  thumbType: string;
  /** The original's pixel size, when it was downscaled. */
  original?: { width: number; height: number };
}

export type ImageRefusal = 'notImage' | 'tooLarge' | 'tooManyPixels' | 'unreadable' | 'svgActive' | 'unsupported';
export type PrepareResult = { ok: true; prepared: PreparedImage } | { ok: false; reason: ImageRefusal };

/** The largest picture file read at all. */
export const MAX_IMAGE_FILE = 50 * 1024 * 1024;
/** Longest side a stored picture keeps unless the original is asked for: sharp on an A3 page. */
export const STORED_SIDE = 2048;
const THUMB_SIDE = 480;
/** Formats stored as they are (when small enough): what every browser and the PDF can draw. */
const KEPT: Partial<Record<ImageFormat, ImageType>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

export async function prepareImage(file: Blob, keepOriginal = false): Promise<PrepareResult> {
  if (file.size > MAX_IMAGE_FILE) return { ok: false, reason: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = imageInfo(bytes);
  if (!info) return { ok: false, reason: 'notImage' };
  if (tooManyPixels(info)) return { ok: false, reason: 'tooManyPixels' };
  let source: ImageBitmap;
  try {
    source = info.format === 'svg' ? await svgSource(bytes) : await createImageBitmap(new Blob([bytes]));
  } catch (e) {
    if (e instanceof RefusedSvg) return { ok: false, reason: 'svgActive' };
    // HEIC and AVIF are read where the browser reads them; elsewhere the user is told to convert.
    return { ok: false, reason: info.format === 'heic' || info.format === 'avif' ? 'unsupported' : 'unreadable' };
  }
  const { width, height } = source;
  if (!width || !height) return { ok: false, reason: 'unreadable' };
  if (tooManyPixels({ width, height })) return { ok: false, reason: 'tooManyPixels' };
  const kept = KEPT[info.format];
  const scale = keepOriginal ? 1 : Math.min(1, STORED_SIDE / Math.max(width, height));
  let stored: { bytes: Uint8Array; type: ImageType; width: number; height: number };
  if (kept && scale === 1) stored = { bytes, type: kept, width, height };
  else {
    // GIF (its first frame), HEIC, AVIF, SVG and large pictures are drawn anew: WebP keeps a
    // photo small, PNG keeps a drawing (or anything with transparency) sharp.
    const type: ImageType = info.format === 'png' || info.format === 'gif' || info.format === 'svg' ? 'image/png' : 'image/webp';
    const w = Math.max(1, Math.round(width * scale)),
      h = Math.max(1, Math.round(height * scale));
    stored = { bytes: await draw(source, w, h, type), type, width: w, height: h };
  }
  const thumbScale = Math.min(1, THUMB_SIDE / Math.max(width, height));
  const thumb = await draw(source, Math.max(1, Math.round(width * thumbScale)), Math.max(1, Math.round(height * thumbScale)), 'image/webp');
  source.close();
  return {
    ok: true,
    prepared: {
      image: { hash: await sha256(stored.bytes), type: stored.type, size: stored.bytes.byteLength, width: stored.width, height: stored.height },
      bytes: stored.bytes,
      thumb,
      thumbType: 'image/webp',
      ...(stored.width !== width && { original: { width, height } }),
    },
  };
}

class RefusedSvg extends Error {}

/** An SVG drawn as an image (where no script runs and nothing outside loads), after refusing active content. */
async function svgSource(bytes: Uint8Array): Promise<ImageBitmap> {
  const text = new TextDecoder().decode(bytes);
  if (svgIsActive(text)) throw new RefusedSvg();
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    // An SVG without a size of its own is drawn 1024 px wide.
    const width = img.naturalWidth || 1024,
      height = img.naturalHeight || 768;
    if (tooManyPixels({ width, height })) throw new Error('too large');
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
    return canvas.transferToImageBitmap();
  } finally {
    URL.revokeObjectURL(url);
  }
}
