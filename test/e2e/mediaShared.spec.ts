import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, connection, newBankBoard, openLibrary, startSharing } from './helpers';
import { chooseFiles, picture } from './pictures';
import { syncServerForFile } from './syncServer';

const server = syncServerForFile();

const MACHINE = 'Ticket machine, queue display';
const SCREENS = 'Waiting area, screens';

/** Adds a picture to a card through its details, described as `alt`. */
async function addPicture(page: Page, cardText: string, bytes: Buffer, alt: string) {
  await card(page, cardText).click();
  await chooseFiles(page, 'Add picture', [{ name: 'photo.png', mimeType: 'image/png', buffer: bytes }]);
  const dialog = page.getByRole('dialog', { name: 'Add a picture' });
  await dialog.getByRole('textbox', { name: 'Description' }).fill(alt);
  await dialog.getByRole('button', { name: 'Add picture' }).click();
  await expect(dialog).toBeHidden();
}

/** The picture is drawn (decoded, not a broken image). */
const drawn = async (img: Locator) => {
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
};

test('a shared board’s pictures reach the others, appear there as they are added, and stay for offline use', async ({ page, browser }) => {
  await openLibrary(page);
  await newBankBoard(page);
  await addPicture(page, MACHINE, await picture(page, 1200, 800, '#b91c1c'), 'The ticket machine at the entrance');

  const { dialog, view } = await startSharing(page, server.url, 'Ana');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(connection(page)).toContainText('Connected');

  // Bob opens the view link in a browser of his own: the picture comes from the server.
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const bob = await context.newPage();
  await bob.goto(view);
  await expect(bob.getByRole('textbox', { name: 'Board title' })).toHaveValue('Bank branch: opening an account');
  await drawn(card(bob, MACHINE).getByRole('img', { name: 'The ticket machine at the entrance' }));

  // Ana adds another while Bob looks: it appears on his board when it has reached the server.
  await addPicture(page, SCREENS, await picture(page, 640, 480, '#1d4ed8'), 'Queue numbers on the screens');
  await drawn(card(bob, SCREENS).getByRole('img', { name: 'Queue numbers on the screens' }));
  await expect(connection(page)).not.toContainText('Sending');

  // Bob goes offline and reloads: the app and both pictures come from his own browser, and the
  // viewer shows the picture itself.
  await expect.poll(() => bob.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await bob.reload();
  await expect(bob.getByRole('textbox', { name: 'Board title' })).toHaveValue('Bank branch: opening an account');
  await drawn(card(bob, MACHINE).getByRole('img', { name: 'The ticket machine at the entrance' }));
  await drawn(card(bob, SCREENS).getByRole('img', { name: 'Queue numbers on the screens' }));
  await card(bob, SCREENS).click();
  // A view link opens pictures; it is offered no change to them.
  const panel = bob.getByRole('complementary', { name: 'Card details' });
  await expect(panel.getByRole('button', { name: 'Add picture' })).toHaveCount(0);
  await expect(panel.getByRole('textbox', { name: 'Description of picture 1' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Open picture 1: Queue numbers on the screens' }).click();
  const viewer = bob.getByRole('dialog', { name: `Pictures of “${SCREENS}”` });
  await drawn(viewer.getByRole('img', { name: 'Queue numbers on the screens' }));
  expect(await viewer.getByRole('img', { name: 'Queue numbers on the screens' }).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(640);
  await context.close();
});
