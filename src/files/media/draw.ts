/**
 * A picture drawn anew at `width` × `height` and encoded as `type` (quality 0.85), on `background`
 * when given (JPEG has no transparency: a drawing's clear parts would turn black).
 */
export async function draw(source: CanvasImageSource, width: number, height: number, type: string, background?: string): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, width, height);
  }
  context.drawImage(source, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type, quality: 0.85 });
  return new Uint8Array(await blob.arrayBuffer());
}
