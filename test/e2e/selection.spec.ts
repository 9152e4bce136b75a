import { expect, test } from '@playwright/test';
import { card, cellTexts, dragCardTo, newBoard, openBoard, saved, openSmallRestaurant } from './helpers';

test.beforeEach(async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
});

test('Shift+click selects several cards; dragged together each keeps its lane (one undo step); deleted together; undo', async ({ page }) => {
  await card(page, 'Host confirms the booking').click();
  await card(page, 'Staff checks the table plan').click({ modifiers: ['Shift'] });
  await expect(card(page, 'Host confirms the booking')).toHaveAttribute('aria-current', 'true');
  await expect(card(page, 'Staff checks the table plan')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText('2 cards selected')).toBeVisible();

  // One step right: the frontstage card stays frontstage, the backstage card stays backstage.
  const target = (await card(page, 'Host greets and seats the guest').boundingBox())!;
  await dragCardTo(page, 'Host confirms the booking', { x: target.x + target.width / 2, y: target.y + target.height + 6 });
  await expect.poll(() => cellTexts(page, 'Frontstage actions', 'Arrival')).toEqual(['Host greets and seats the guest', 'Host confirms the booking']);
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Arrival')).toEqual(['Table is prepared', 'Staff checks the table plan']);
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Reservation')).toEqual([]);

  await card(page, 'Host confirms the booking').focus();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Host confirms the booking')).toHaveCount(0);
  await expect(card(page, 'Staff checks the table plan')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Arrival')).toEqual(['Table is prepared', 'Staff checks the table plan']);
  // The move was one step: a second undo puts both cards back where they were.
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellTexts(page, 'Frontstage actions', 'Reservation')).toEqual(['Host confirms the booking']);
  await expect.poll(() => cellTexts(page, 'Backstage actions', 'Reservation')).toEqual(['Staff checks the table plan']);
});

test('marquee selection with Shift+drag on the board', async ({ page }) => {
  const a = (await card(page, 'Host confirms the booking').boundingBox())!;
  const b = (await card(page, 'Host greets and seats the guest').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x - 6, a.y - 6);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 6, b.y + b.height + 6, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByText('2 cards selected')).toBeVisible();
});

test('duplicate, copy and paste cards, also into another board', async ({ page }) => {
  await card(page, 'Orders dishes').click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect.poll(() => cellTexts(page, 'Customer actions', 'Ordering')).toEqual(['Orders dishes', 'Orders dishes']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellTexts(page, 'Customer actions', 'Ordering')).toEqual(['Orders dishes']);

  await card(page, 'Orders dishes').click();
  await page.keyboard.press('Control+c');
  await card(page, 'Eats the meal').click();
  await page.keyboard.press('Control+v');
  await expect.poll(() => cellTexts(page, 'Customer actions', 'Meal')).toEqual(['Eats the meal', 'Orders dishes']);
  await expect(page.getByRole('article', { name: 'Orders dishes' }).nth(1)).toHaveAccessibleDescription(/Touchpoint/);
  await saved(page);

  await page.getByRole('link', { name: /All boards/ }).click();
  await newBoard(page);
  await page.getByRole('rowheader', { name: 'Customer actions' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+v');
  await expect.poll(() => cellTexts(page, 'Customer actions', 'Step 1')).toEqual(['Orders dishes']);
  await saved(page);
  await page.reload();
  await expect.poll(() => cellTexts(page, 'Customer actions', 'Step 1')).toEqual(['Orders dishes']);
});
