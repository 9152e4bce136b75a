import { expect, test } from '@playwright/test';
import { addCard, card, cellPoint, cellTexts, dragCardTo, openBoard, saved, settled, storedSetting, openSmallRestaurant } from './helpers';

test.beforeEach(async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
});

test('drag a card from the customer lane to the backstage lane and to a position within a cell; reload; undo', async ({ page }) => {
  expect(await cellTexts(page, 'Backstage actions', 'Ordering')).toEqual(['Order is sent to the kitchen']);
  // Drop into the upper half of the backstage card: the dragged card goes above it.
  const target = (await card(page, 'Order is sent to the kitchen').boundingBox())!;
  await dragCardTo(page, 'Orders dishes', { x: target.x + target.width / 2, y: target.y + 6 });
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Ordering')).toEqual(['Orders dishes', 'Order is sent to the kitchen']);
  expect(await cellTexts(page, 'Customer actions', 'Ordering')).toEqual([]);
  await saved(page);
  await page.reload();
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Ordering')).toEqual(['Orders dishes', 'Order is sent to the kitchen']);

  // Within a cell: move it below its neighbour.
  const below = (await card(page, 'Order is sent to the kitchen').boundingBox())!;
  await dragCardTo(page, 'Orders dishes', { x: below.x + below.width / 2, y: below.y + below.height + 4 });
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Ordering')).toEqual(['Order is sent to the kitchen', 'Orders dishes']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Ordering')).toEqual(['Orders dishes', 'Order is sent to the kitchen']);
});

test('keyboard only: arrows move between cards and cells, Alt+arrow moves the card, Enter adds a card in an empty cell; undo', async ({ page }) => {
  await card(page, 'Orders dishes').click();
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'Waiter takes the order')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 'Waiter serves the dish')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Meal')).toEqual(['Kitchen prepares the dish', 'Waiter serves the dish']);
  await expect(card(page, 'Waiter serves the dish')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Ordering')).toContain('Waiter serves the dish');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellTexts(page, 'Frontstage actions', 'Meal')).toEqual(['Waiter serves the dish']);

  // Into an empty cell: delete the evidence card of Payment, then walk there and add one.
  await card(page, 'Bill and receipt').click();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Bill and receipt')).toHaveCount(0);
  await card(page, 'Asks for the bill and pays').click();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /Physical evidence, Payment: cell/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Printed receipt');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Printed receipt')).toBeVisible();
  await saved(page);
});

test('connect two cards by dragging between handles; label it; delete it; undo', async ({ page }) => {
  const from = card(page, 'Reserves a table');
  const to = card(page, 'Waiter serves the dish'); // three columns away: a naive route would cross cards
  const before = await page.locator('.react-flow__edge').count();
  await from.hover();
  const handle = from.locator('.react-flow__handle.source').first();
  const h = (await handle.boundingBox())!;
  const t = (await to.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 10 });
  await page.mouse.move(t.x + 4, t.y + t.height / 2, { steps: 4 });
  await page.mouse.up();
  const edge = page.getByRole('group', { name: 'Connector from Reserves a table to Waiter serves the dish' });
  await expect(edge).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(before + 1);
  // No connector on the board runs under a card: sample every path on screen.
  const hidden = await page.evaluate(() => {
    const cards = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    const problems: string[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
      const len = path.getTotalLength();
      const m = path.getScreenCTM()!;
      for (let d = 8; d < len - 8; d += 4) {
        const p = path.getPointAtLength(d);
        const x = m.a * p.x + m.e,
          y = m.d * p.y + m.f;
        if (cards.some((r) => x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1)) {
          problems.push(path.closest('.react-flow__edge')!.getAttribute('aria-labelledby')!);
          break;
        }
      }
    }
    return problems;
  });
  expect(hidden).toEqual([]);
  await saved(page);
  await page.reload();
  await expect(edge).toHaveCount(1);

  await edge.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Connector' });
  await dialog.getByLabel('Label').fill('confirms');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.react-flow__edge-text', { hasText: 'confirms' })).toBeVisible();

  await edge.focus();
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edge).toHaveCount(1);
  await expect(page.locator('.react-flow__edge-text', { hasText: 'confirms' })).toBeVisible();
});

test('a new card by double-click lands where it was put and stays after reload', async ({ page }) => {
  await addCard(page, 'Support processes', 'Payment', 'Card terminal');
  expect(await cellTexts(page, 'Support processes', 'Payment')).toEqual(['Payment gateway', 'Card terminal']);
  await saved(page);
  await page.reload();
  await expect.poll(() => cellTexts(page, 'Support processes', 'Payment')).toEqual(['Payment gateway', 'Card terminal']);
});

test('the viewport is remembered per board; the legend explains lanes, lines and badges', async ({ page }) => {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const before = await transform();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const boardId = page.url().split('/').pop();
  const zoomOf = (matrix: string) => Number(/matrix\(([\d.]+)/.exec(matrix)?.[1] ?? 1);
  // The view is stored when the zoom ends: wait until what is stored is what is shown, zoomed in.
  await expect
    .poll(async () => {
      const stored = (await storedSetting(page, `viewport:${boardId}`)) as { zoom?: number } | null;
      const shown = zoomOf(await transform());
      return shown > zoomOf(before) && Math.abs((stored?.zoom ?? 0) - shown) < 1e-4; // the computed style rounds
    })
    .toBe(true);
  const zoomed = await settled(page, transform);
  await page.reload();
  await expect(card(page, 'Orders dishes')).toBeVisible();
  await expect.poll(transform).toBe(zoomed);

  await page.getByText('Legend').click();
  const legend = page.locator('.legend');
  for (const text of ['Physical evidence', 'Line of visibility', 'Touchpoint', 'Failure point', 'Wait point'])
    await expect(legend).toContainText(text);
});

test('a connector dropped anywhere on the target card connects, not only on its handle', async ({ page }) => {
  const from = card(page, 'Reserves a table');
  const to = card(page, 'Waiter serves the dish');
  await from.hover();
  const h = (await from.locator('.react-flow__handle.source').first().boundingBox())!;
  const t = (await to.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 }); // the middle of the card, far from any handle
  await page.mouse.up();
  await expect(page.getByRole('group', { name: 'Connector from Reserves a table to Waiter serves the dish' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: 'Connector from Reserves a table to Waiter serves the dish' })).toHaveCount(0);
});

test('keyboard only: "Connect to…" on the selected card picks the target card from a list', async ({ page }) => {
  await card(page, 'Reserves a table').click();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect “Reserves a table” to…' });
  const search = dialog.getByRole('searchbox', { name: 'Find a card (text, lane or step)' });
  await expect(search).toBeFocused();
  // Typing narrows the list by words of the card's text, lane or step, in any order.
  await page.keyboard.type('frontstage serves');
  await expect(dialog.getByText('1 card found')).toBeVisible();
  await expect(dialog.getByLabel('Target card')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Target card').locator('option')).toHaveText(['Waiter serves the dish · Meal']);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Connector from Reserves a table to Waiter serves the dish' })).toHaveCount(1);
  await expect(card(page, 'Reserves a table')).toBeFocused();
  // The same command is a toolbar button, enabled for exactly one selected card.
  await page.getByRole('button', { name: 'Connect to…' }).click();
  await expect(page.getByRole('dialog', { name: 'Connect “Reserves a table” to…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the mini map sits beside the board, moves the view when pressed, and can be hidden (remembered)', async ({ page }) => {
  const minimap = page.getByRole('region', { name: 'Mini map' });
  const picture = minimap.getByRole('img');
  await expect(picture).toBeVisible();
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const box = (await picture.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x + canvas.width); // covers no card
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const before = await transform();
  await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4); // the far corner of the board
  await expect.poll(transform).not.toBe(before);
  await minimap.getByRole('button', { name: 'Hide mini map' }).click();
  await expect(picture).toHaveCount(0);
  await page.reload();
  await expect(card(page, 'Orders dishes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show mini map' })).toBeVisible();
  await page.getByRole('button', { name: 'Show mini map' }).click();
  await expect(page.getByRole('region', { name: 'Mini map' }).getByRole('img')).toBeVisible();
});

test('a "+" in the cell under the pointer adds another card to a filled cell', async ({ page }) => {
  const p = await cellPoint(page, 'Customer actions', 'Arrival', 0.3);
  await page.mouse.move(p.x, p.y);
  const plus = page.getByRole('button', { name: 'Add a card to Customer actions, Arrival' });
  await expect(plus).toBeVisible();
  await plus.click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Companion arrives later');
  await page.keyboard.press('Enter');
  expect(await cellTexts(page, 'Customer actions', 'Arrival')).toEqual(['Arrives and gives their name', 'Companion arrives later']);
  await page.mouse.move(p.x, p.y + 400); // another cell: the "+" follows
  await expect(plus).toHaveCount(0);
});
