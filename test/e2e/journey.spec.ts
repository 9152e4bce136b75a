import { expect, test, type Page } from '@playwright/test';
import { newBoard, saved, settled } from './helpers';

const slider = (page: Page, step: string, persona = 'Customer') => page.getByRole('slider', { name: `${persona} emotion at ${step}` });

test('journey map from the template: drag a point to +2, set one by keyboard, add a note; reload; undo', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  for (const stage of ['Awareness', 'Research', 'Purchase', 'Use', 'Loyalty']) await expect(page.getByText(stage, { exact: true })).toBeVisible();
  for (const lane of ['Customer actions', 'Thoughts', 'Touchpoints', 'Emotions', 'Pain points', 'Opportunities']) {
    await expect(page.getByRole('rowheader', { name: lane })).toBeVisible();
  }
  await expect(slider(page, 'Sees an ad')).not.toHaveAttribute('aria-valuenow');

  // Mouse: from neutral up to the top of the lane → +2.
  const handle = (await slider(page, 'Compares options').boundingBox())!;
  const lane = (await page.getByRole('rowheader', { name: 'Emotions' }).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, lane.y + 4, { steps: 10 });
  await page.mouse.up();
  await expect(slider(page, 'Compares options')).toHaveAttribute('aria-valuenow', '2');

  await slider(page, 'Orders').focus();
  // Keyboard: the first press on an empty slot counts from neutral: −0.5, then −1.
  await page.keyboard.press('ArrowDown');
  await expect(slider(page, 'Orders')).toHaveAttribute('aria-valuenow', '-0.5');
  await page.keyboard.press('ArrowDown');
  await expect(slider(page, 'Orders')).toHaveAttribute('aria-valuenow', '-1');

  // A note says why.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Emotion note' });
  await dialog.getByLabel('Why? (shown beside the point)').fill('Checkout asks for an account');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Checkout asks for an account')).toBeVisible();
  await expect(page.locator('.emotion-average').filter({ hasText: '⌀ Customer +2' })).toHaveCount(1);
  await saved(page);

  await page.reload();
  await expect(slider(page, 'Compares options')).toHaveAttribute('aria-valuenow', '2');
  await expect(slider(page, 'Orders')).toHaveAttribute('aria-valuenow', '-1');
  await expect(slider(page, 'Orders')).toHaveAttribute('aria-valuetext', '-1: Checkout asks for an account');

  await page.getByRole('textbox', { name: 'Board title' }).click();
  await page.getByRole('button', { name: 'Add persona' }).click(); // one more step to undo after reload
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('slider', { name: /^Persona 2 emotion/ })).toHaveCount(0);
});

test('personas: add, rename, to-be curve, delete with confirmation (points go along); undo restores', async ({ page }) => {
  await newBoard(page, 'Blueprint + journey');
  await page.getByRole('button', { name: 'Add persona' }).click();
  const names = page.getByRole('textbox', { name: 'Persona name' });
  await names.nth(1).fill('Tour group');
  await names.nth(1).press('Tab');
  await slider(page, 'Reads reviews', 'Tour group').focus();
  await page.keyboard.press('End'); // the maximum, +2
  await expect(slider(page, 'Reads reviews', 'Tour group')).toHaveAttribute('aria-valuenow', '2');

  await page.getByRole('button', { name: 'Add a to-be curve for Tour group' }).click();
  const toBe = page.getByRole('slider', { name: 'Tour group to-be emotion at Reads reviews' });
  await expect(toBe).toHaveAttribute('aria-valuenow', '2');
  await toBe.focus();
  await page.keyboard.press('Home'); // the minimum, −2
  await expect(toBe).toHaveAttribute('aria-valuenow', '-2');
  await expect(slider(page, 'Reads reviews', 'Tour group')).toHaveAttribute('aria-valuenow', '2');

  // Hiding the to-be curve keeps its points: shown again, the designed value is still there.
  const showToBe = page.getByRole('checkbox', { name: 'Show the to-be curve of Tour group' });
  await showToBe.uncheck();
  await expect(toBe).toHaveCount(0);
  await showToBe.check();
  await expect(toBe).toHaveAttribute('aria-valuenow', '-2');
  // Deleting it asks first; cancelled, nothing goes.
  await page.getByRole('button', { name: 'Delete the to-be curve of Tour group' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete the to-be curve of “Tour group”?' });
  await expect(ask).toContainText('Its 1 point goes');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(toBe).toHaveAttribute('aria-valuenow', '-2');

  await page.getByRole('button', { name: 'Delete persona Tour group' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete persona “Tour group”?' });
  await expect(confirm).toContainText('2 emotion points');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(slider(page, 'Reads reviews', 'Tour group')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slider(page, 'Reads reviews', 'Tour group')).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByRole('slider', { name: 'Tour group to-be emotion at Reads reviews' })).toHaveAttribute('aria-valuenow', '-2');
});

test('a pain point card links to the emotion point it explains; the link goes with the point and comes back on undo', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  await slider(page, 'Pays').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  const l = (await page.getByRole('rowheader', { name: 'Pain points' }).boundingBox())!;
  const s = (await page.getByRole('columnheader', { name: 'Pays' }).boundingBox())!;
  await page.mouse.dblclick(s.x + s.width / 2, l.y + l.height * 0.7);
  await page.keyboard.type('Card declined, no reason given');
  await page.keyboard.press('Enter');
  await page.getByRole('article', { name: 'Card declined, no reason given' }).click();
  await page.getByLabel('Explains emotion point').selectOption({ label: 'Customer · Pays (-2)' });
  await expect(page.locator('.emotion-links line')).toHaveCount(1);
  await page.getByText('Legend').click();
  await expect(page.locator('.legend')).toContainText('Customer');

  await slider(page, 'Pays').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Emotion note' }).getByRole('button', { name: 'Remove point' }).click();
  await expect(page.locator('.emotion-links line')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.emotion-links line')).toHaveCount(1);
  await saved(page);
});

test('a dragged emotion point stays under the pointer, at every zoom', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  const lane = page.getByRole('rowheader', { name: 'Emotions' });
  for (const [i, zoomClicks] of [0, 2].entries()) {
    for (let z = 0; z < zoomClicks; z++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const point = slider(page, ['Compares options', 'Reads reviews'][i]!);
    await point.focus();
    await page.keyboard.press('ArrowUp'); // +0.5: the first press counts
    await page.keyboard.press('ArrowDown'); // a point at 0
    const box = (await settled(page, () => point.boundingBox()))!;
    const l = (await lane.boundingBox())!;
    const unit = (l.height - 2 * 22 * (l.height / 176)) / 4; // one step of the −2…+2 scale on screen
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - unit * 0.5, { steps: 6 }); // half a step up
    await expect(point).toHaveAttribute('aria-valuenow', '0.5');
    await page.mouse.move(x, y - unit, { steps: 6 }); // one step up
    await expect(point).toHaveAttribute('aria-valuenow', '1');
    await page.mouse.move(x, y + unit * 1.5, { steps: 6 }); // one and a half down from where it started
    await expect(point).toHaveAttribute('aria-valuenow', '-1.5');
    await page.mouse.up();
    const after = (await point.boundingBox())!;
    expect(Math.abs(after.y + after.height / 2 - (y + unit * 1.5))).toBeLessThan(unit * 0.3); // under the pointer
  }
});

test('double-clicking a point opens its note with the text box focused; typing never reaches the board', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  const cards = await page.getByRole('article').count();
  const point = slider(page, 'Orders');
  await point.focus();
  await page.keyboard.press('ArrowDown'); // the first press counts: −0.5
  await point.dblclick();
  const dialog = page.getByRole('dialog', { name: 'Emotion note' });
  await expect(dialog.getByLabel('Why? (shown beside the point)')).toBeFocused();
  await page.keyboard.type('No nearby parking, need new card'); // n, c, … are board shortcuts outside a dialog
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(point).toHaveAttribute('aria-valuetext', '-0.5: No nearby parking, need new card');
  await expect(page.getByRole('article')).toHaveCount(cards);
  // With the dialog open, a press on its title keeps the field focused, and a shortcut key acts on nothing behind it.
  await point.focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('heading').click();
  await expect(dialog.getByLabel('Why? (shown beside the point)')).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByRole('article')).toHaveCount(cards);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('two personas with the same score sit side by side; a curve can be hidden; the emotion lane can be made taller', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  await page.getByRole('button', { name: 'Add persona' }).click();
  for (const persona of ['Customer', 'Persona 2']) {
    await slider(page, 'Orders', persona).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown'); // both at 0
  }
  const [a, b] = [(await slider(page, 'Orders').boundingBox())!, (await slider(page, 'Orders', 'Persona 2').boundingBox())!];
  expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true); // not on top of each other
  // Grabbing the second persona's point moves that point only.
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 60, { steps: 6 });
  await page.mouse.up();
  await expect(slider(page, 'Orders')).toHaveAttribute('aria-valuenow', '0');
  await expect(slider(page, 'Orders', 'Persona 2')).not.toHaveAttribute('aria-valuenow', '0');
  // Both personas' stage averages show, one row each, not over each other.
  const averages = page.locator('.emotion-average');
  await expect(averages).toHaveCount(2);
  const [r1, r2] = [(await averages.nth(0).boundingBox())!, (await averages.nth(1).boundingBox())!];
  expect(r1.y + r1.height <= r2.y || r2.y + r2.height <= r1.y).toBe(true);

  await page.getByRole('checkbox', { name: 'Show the curve of Persona 2' }).uncheck();
  await expect(slider(page, 'Orders', 'Persona 2')).toHaveCount(0);
  await expect(slider(page, 'Orders')).toBeVisible();

  const lane = page.getByRole('rowheader', { name: 'Emotions' });
  const before = (await lane.boundingBox())!.height;
  await lane.hover();
  await page.getByRole('button', { name: 'Make lane Emotions taller' }).click();
  await expect.poll(async () => (await lane.boundingBox())!.height).toBeGreaterThan(before * 1.2);
});
