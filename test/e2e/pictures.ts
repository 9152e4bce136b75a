import type { Page } from '@playwright/test';

/** A real picture, drawn by the browser: a coloured scene `w` × `h` px, as PNG bytes. */
export async function picture(page: Page, w: number, h: number, colour: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ w, h, colour }) => {
      const canvas = new OffscreenCanvas(w, h);
      const g = canvas.getContext('2d')!;
      g.fillStyle = colour;
      g.fillRect(0, 0, w, h);
      g.fillStyle = '#ffffff';
      g.fillRect(w * 0.3, h * 0.2, w * 0.4, h * 0.6);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    },
    { w, h, colour },
  );
  return Buffer.from(base64, 'base64');
}

/** Chooses files through the card details' button named `button` (Add picture, Attach file). */
export async function chooseFiles(page: Page, button: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('complementary', { name: 'Card details' }).getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(files);
}
