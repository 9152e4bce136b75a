import { expect, test } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { card, exportAs, newBankBoard, openLibrary, saved } from './helpers';
import { inspectPdf } from './pdf';
import { violations } from './axe';
import { chooseFiles, picture } from './pictures';

const MACHINE = 'Ticket machine, queue display';
const SCREENS = 'Waiting area, screens';
const WEBSITE = 'Bank website, fee table';

/** A PNG whose header claims 100 000 × 100 000 pixels (a decompression bomb), a few hundred bytes long. */
function bomb(): Buffer {
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return Buffer.concat([
    Buffer.from([0x89, ...Buffer.from('PNG\r\n\x1a\n')]),
    Buffer.from([...u32(13), ...Buffer.from('IHDR'), ...u32(100_000), ...u32(100_000), 8, 0, 0, 0, 0, ...u32(0)]),
    Buffer.from([...u32(0), ...Buffer.from('IDAT')]),
    deflateSync(Buffer.alloc(1000)),
  ]);
}

test('pictures on cards: by file chooser, paste and drop, described, viewed, kept; bad files refused; files attached', async ({ page, browser }) => {
  await openLibrary(page);
  await newBankBoard(page);
  const red = await picture(page, 3000, 2000, '#b91c1c');
  const blue = await picture(page, 400, 300, '#1d4ed8');
  const green = await picture(page, 320, 240, '#15803d');

  // By the file chooser: a large photo is downscaled; its description is asked for first.
  await card(page, MACHINE).click();
  await chooseFiles(page, 'Add picture', [{ name: 'machine.png', mimeType: 'image/png', buffer: red }]);
  const dialog = page.getByRole('dialog', { name: 'Add a picture' });
  const description = dialog.getByRole('textbox', { name: 'Description' });
  await expect(description).toBeFocused();
  await expect(dialog.getByText('2048 × 1365 px')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Keep the original size (3000 × 2000 px)' })).not.toBeChecked();
  expect(await violations(page)).toEqual([]);
  await description.fill('The ticket machine at the entrance');
  await dialog.getByRole('button', { name: 'Add picture' }).click();
  await expect(dialog).toBeHidden();
  const onCard = card(page, MACHINE).getByRole('img', { name: 'The ticket machine at the entrance' });
  await expect(onCard).toBeVisible();
  await expect.poll(() => onCard.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // A second picture by paste onto the selected card, then by drop onto another card.
  await card(page, MACHINE).click();
  await page.evaluate(
    ({ base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'image.png', { type: 'image/png' }));
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
    },
    { base64: blue.toString('base64') },
  );
  const pasted = page.getByRole('dialog', { name: 'Add a picture' });
  await pasted.getByRole('textbox', { name: 'Description' }).fill('The queue display');
  await pasted.getByRole('button', { name: 'Add picture' }).click();
  await expect(card(page, MACHINE).getByText('+1 picture')).toBeVisible();

  const drop = await page.evaluateHandle(
    ({ base64 }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'screens.png', { type: 'image/png' }));
      return transfer;
    },
    { base64: green.toString('base64') },
  );
  await card(page, SCREENS).dispatchEvent('dragover', { dataTransfer: drop });
  await card(page, SCREENS).dispatchEvent('drop', { dataTransfer: drop });
  const dropped = page.getByRole('dialog', { name: 'Add a picture' });
  await dropped.getByRole('textbox', { name: 'Description' }).fill('Screens over the waiting area');
  await dropped.getByRole('button', { name: 'Add picture' }).click();
  await expect(card(page, SCREENS).getByRole('img', { name: 'Screens over the waiting area' })).toBeVisible();

  // Bad files: not a picture whatever its name, a bomb, an SVG with a script; nothing is added.
  await card(page, WEBSITE).click();
  await chooseFiles(page, 'Add picture', [
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('this is a text file, not a photo') },
    { name: 'huge.png', mimeType: 'image/png', buffer: bomb() },
    {
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>'),
    },
  ]);
  const refused = page.getByRole('dialog', { name: 'Add 3 pictures' });
  await expect(refused.getByText('photo.png is not a picture')).toBeVisible();
  await expect(refused.getByText('huge.png has too many pixels')).toBeVisible();
  await expect(refused.getByText('logo.svg is an SVG with scripts or links in it')).toBeVisible();
  await expect(refused.getByRole('button', { name: 'Add 0 pictures' })).toBeDisabled();
  await refused.getByRole('button', { name: 'Cancel' }).click();
  await expect(refused).toBeHidden();
  await expect(card(page, WEBSITE).getByRole('img')).toHaveCount(0);

  // The viewer: opened from the side panel, ← → between pictures, Escape closes, focus back.
  await card(page, MACHINE).click();
  const panel = page.getByRole('complementary', { name: 'Card details' });
  const open = panel.getByRole('button', { name: 'Open picture 1: The ticket machine at the entrance' });
  await open.click();
  const viewer = page.getByRole('dialog', { name: `Pictures of “${MACHINE}”` });
  await expect(viewer.getByRole('img', { name: 'The ticket machine at the entrance' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(viewer.getByRole('img', { name: 'The queue display' })).toBeVisible();
  await expect(viewer.getByText('2 of 2')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(open).toBeFocused();

  // The description is edited in place; the second picture is made the first.
  await panel.getByRole('textbox', { name: 'Description of picture 2' }).fill('The queue display, number 47');
  await panel.getByRole('button', { name: 'Earlier' }).nth(1).click();
  await expect(card(page, MACHINE).getByRole('img', { name: 'The queue display, number 47' })).toBeVisible();

  // A file: listed with name and size, downloaded as it is; one over 10 MB refused.
  await chooseFiles(page, 'Add file', [
    { name: 'floor plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% a floor plan\n') },
    { name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
  ]);
  await expect(panel.getByText('video.mp4 (10 MB) is not added: a file may be at most 10 MB.')).toBeVisible();
  await expect(panel.getByText('floor plan.pdf')).toBeVisible();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download floor plan.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('floor plan.pdf');
  expect((await (await file.createReadStream()).toArray()).join('')).toBe('%PDF-1.4\n% a floor plan\n');

  // Everything is there after a reload (the board holds the hashes, the blob store the bytes).
  await saved(page);
  await page.reload();
  await expect(card(page, MACHINE).getByRole('img', { name: 'The queue display, number 47' })).toBeVisible();
  await expect
    .poll(() =>
      card(page, SCREENS)
        .getByRole('img')
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await card(page, MACHINE).click();
  await expect(page.getByRole('complementary', { name: 'Card details' }).getByText('floor plan.pdf')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('pictures.png') });

  // Exports draw the pictures (each embedded once, however often drawn), or say them in words.
  const pdf = await exportAs(page, 'PDF');
  const embedded = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(embedded.map((line) => line.trim().split(/\s+/)[2])).toEqual(['image', 'image']); // the machine's first picture and the screens
  const words = inspectPdf(await exportAs(page, 'PDF', (d) => d.getByRole('checkbox', { name: 'Pictures on cards' }).uncheck()));
  expect(words.text).toContain('Picture: The queue display, number 47');
  expect(words.text).toContain('Picture: Screens over the waiting area');
  const png = await exportAs(page, 'PNG');
  expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');

  // The board as a file of its own holds its pictures and files (a zip): a fresh browser profile
  // imports it and shows them.
  const bundle = await exportAs(page, 'JSON');
  expect(bundle.endsWith('.zip')).toBe(true);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openLibrary(other);
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(bundle);
  await expect(other.getByRole('status')).toHaveText('Imported 1 board.');
  await other.getByRole('link', { name: 'Bank branch: opening an account', exact: true }).click();
  const there = card(other, MACHINE).getByRole('img', { name: 'The queue display, number 47' });
  await expect.poll(() => there.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await card(other, MACHINE).click();
  const otherPanel = other.getByRole('complementary', { name: 'Card details' });
  const fromBundle = other.waitForEvent('download');
  await otherPanel.getByRole('button', { name: 'Download floor plan.pdf' }).click();
  expect((await (await (await fromBundle).createReadStream()).toArray()).join('')).toBe('%PDF-1.4\n% a floor plan\n');
  await fresh.close();
});
