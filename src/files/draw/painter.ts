import type { Point } from '../../model';

export interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A card's picture made ready for an export: JPEG bytes for the PDF, a decoded bitmap for the PNG. */
export interface PaintPicture {
  hash: string;
  width: number;
  height: number;
  jpeg: Uint8Array;
  bitmap: ImageBitmap;
}

/**
 * The drawing surface exports paint on, in board units (1 unit = 1 CSS px at zoom 1). The PDF
 * painter draws vector shapes and real text with jsPDF; the PNG painter draws on a canvas.
 * Both are given the same drawing, so paper and image agree.
 */
export interface Painter {
  rect(x: number, y: number, w: number, h: number, style: { fill?: string; stroke?: string; radius?: number; lineWidth?: number }): void;
  polyline(points: readonly Point[], style: { color: string; width: number; dash?: number[] }): void;
  /** Cubic Bézier segments starting at `from`: each is [c1, c2, to]. */
  curve(from: Point, segments: readonly [Point, Point, Point][], style: { color: string; width: number; dash?: number[] }): void;
  /** A filled triangle (arrowheads). */
  triangle(a: Point, b: Point, c: Point, fill: string): void;
  /** Text with its baseline at y. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  /** Width of one line of text at a font size, in board units. */
  measure(text: string, size: number, bold?: boolean): number;
  /** Lines of `text` wrapped to `width` at a font size. */
  wrap(text: string, width: number, size: number): string[];
  /** A picture stretched to the rectangle (callers crop with `within`). */
  picture(picture: PaintPicture, x: number, y: number, w: number, h: number): void;
  /** Runs `draw` clipped to a rectangle and shifted by (dx, dy). */
  within(clip: { x: number; y: number; w: number; h: number }, dx: number, dy: number, draw: () => void): void;
}
