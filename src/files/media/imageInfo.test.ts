import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { imageInfo, svgIsActive, tooManyPixels } from './imageInfo';
import { sha256 } from './hash';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** A real PNG of w × h grey pixels (what a 100 000 × 100 000 bomb compresses to is a few hundred KB; its header is what matters). */
function png(w: number, h: number): Uint8Array {
  const ihdr = [...u32(w), ...u32(h), 8, 0, 0, 0, 0];
  const raw = Buffer.alloc((w + 1) * Math.min(h, 4));
  return bytes([0x89], 'PNG\r\n\x1a\n', u32(13), 'IHDR', ihdr, u32(0), u32(0), 'IDAT', [...deflateSync(raw)]);
}

describe('what a file is, from its bytes', () => {
  it('reads the kind and the pixel size of PNG, GIF, JPEG, WebP and HEIC headers', () => {
    expect(imageInfo(png(640, 480))).toEqual({ format: 'png', width: 640, height: 480 });
    expect(imageInfo(bytes('GIF89a', [0x20, 0x03, 0x58, 0x02], [0, 0, 0]))).toEqual({ format: 'gif', width: 800, height: 600 });
    // JPEG: SOI, an APP0 segment of 16 bytes, then SOF0 with height 1080 and width 1920.
    const app0 = [0xff, 0xe0, 0, 16, ...Array(14).fill(0)];
    expect(imageInfo(bytes([0xff, 0xd8], app0, [0xff, 0xc0, 0, 17, 8, 0x04, 0x38, 0x07, 0x80, 3]))).toEqual({
      format: 'jpeg',
      width: 1920,
      height: 1080,
    });
    // WebP lossy (VP8): 14-bit width and height at 26 and 28, little-endian.
    const vp8 = bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8 ', [0, 0, 0, 0], [0, 0, 0, 0x9d, 0x01, 0x2a], [0x20, 0x03, 0x58, 0x02]);
    expect(imageInfo(vp8)).toEqual({ format: 'webp', width: 800, height: 600 });
    // WebP extended (VP8X): 24-bit width − 1 and height − 1 at 24 and 27.
    const vp8x = bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0], [0, 0, 0, 0], [0x1f, 0x03, 0], [0x57, 0x02, 0], [0, 0]);
    expect(imageInfo(vp8x)).toEqual({ format: 'webp', width: 800, height: 600 });
    const heic = bytes(u32(24), 'ftyp', 'heic', u32(0), 'mif1heic', u32(20), 'ispe', u32(0), u32(4032), u32(3024));
    expect(imageInfo(heic)).toEqual({ format: 'heic', width: 4032, height: 3024 });
  });

  it('knows an SVG by its markup and refuses anything else, whatever its name', () => {
    expect(
      imageInfo(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))?.format,
    ).toBe('svg');
    expect(imageInfo(new TextEncoder().encode('hello, this is a text file called photo.png'))).toBeNull();
    expect(imageInfo(new TextEncoder().encode('<html><svg></svg></html>'))).toBeNull();
    expect(imageInfo(new Uint8Array())).toBeNull();
    expect(imageInfo(bytes([0x89], 'PNG'))).toBeNull(); // cut short
  });

  it('refuses decompression bombs by the size their header claims', () => {
    const bomb = png(100_000, 100_000);
    expect(bomb.length).toBeLessThan(2_000);
    expect(tooManyPixels(imageInfo(bomb)!)).toBe(true);
    expect(tooManyPixels({ width: 40_000, height: 10 })).toBe(true); // one side too long
    expect(tooManyPixels({ width: 12_000, height: 9_000 })).toBe(false); // a 108-megapixel photo
    expect(tooManyPixels({ width: 12_000, height: 12_000 })).toBe(true);
  });

  it('tells an SVG that would do more than draw', () => {
    expect(svgIsActive('<svg><circle r="4"/></svg>')).toBe(false);
    expect(svgIsActive('<svg><use href="#a"/><image href="data:image/png;base64,AAAA"/></svg>')).toBe(false);
    for (const active of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"/>',
      '<svg><a href="javascript:alert(1)">x</a></svg>',
      '<svg><foreignObject><iframe/></foreignObject></svg>',
      '<svg><image href="https://tracker.example/pixel.png"/></svg>',
      '<svg><image xlink:href="http://x/y.png"/></svg>',
    ])
      expect(svgIsActive(active), active).toBe(true);
  });

  it('names bytes by their SHA-256', async () => {
    expect(await sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
