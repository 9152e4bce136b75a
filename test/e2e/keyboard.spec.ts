import { expect, test, type Page } from '@playwright/test';
import { card, cellTexts, newBoard, openBoard, openSmallRestaurant } from './helpers';

/** What has focus, in words a test can compare: a card's name, a role and name, or the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });

test.beforeEach(async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
});

test('the board is one Tab stop: Tab enters it once and leaves it; arrows move inside; focus never selects', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom to fit' }).focus();
  // From the toolbar, Tab reaches the board in a few presses and leaves it with one more: the 25
  // cards, headers, sliders and connectors are not Tab stops of their own.
  const stops: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  const onBoard = stops.filter((s) => s.startsWith('article:') || s.startsWith('button:Physical evidence, Reservation'));
  expect(onBoard, stops.join(' | ')).toHaveLength(1);

  // Inside, arrows move between cards; the selection (and the side panel) stays as it was.
  await card(page, 'Orders dishes').click();
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue('Orders dishes');
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'Waiter takes the order')).toBeFocused();
  await expect(card(page, 'Waiter takes the order')).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue('Orders dishes');
  // Two arrows pressed at once (faster than a frame): both count.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(card(page, 'Eats the meal')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect(card(page, 'Waiter takes the order')).toBeFocused();
  // Space selects the focused card.
  await page.keyboard.press(' ');
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue('Waiter takes the order');
  // The card the keyboard was on is the board's Tab stop: Shift+Tab then Tab come back to it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(card(page, 'Waiter takes the order')).toBeFocused();
  expect(await page.locator('[data-card-id][tabindex="0"]').count()).toBe(1);
});

test('F6 and Shift+F6 move between toolbar, board and side panel; headers are reached by arrows and select only when asked', async ({ page }) => {
  await card(page, 'Orders dishes').click();
  await page.keyboard.press('F6'); // board → side panel
  await expect(page.locator('.inspector')).toBeFocused();
  await page.keyboard.press('F6'); // → toolbar, its first button that can act (Undo has nothing to undo yet)
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Add card' })).toBeFocused();
  await page.keyboard.press('F6'); // → board, on the card the keyboard was on
  await expect(card(page, 'Orders dishes')).toBeFocused();
  await page.keyboard.press('Shift+F6'); // back to the toolbar
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Add card' })).toBeFocused();

  // Up from the top lane reaches the step header; focusing it does not select it.
  await card(page, 'Menu and table setting').click();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('columnheader', { name: 'Ordering' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue('Menu and table setting');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('columnheader', { name: 'Meal' })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.getByRole('columnheader', { name: 'Meal' })).toHaveAttribute('aria-selected', 'true');
  // Renamed by keyboard, focus comes back to the header, not to the page.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Meal time'); // the name is selected when the field opens
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Meal time' })).toBeFocused();
});

test('focus comes back after every dialog; Delete acts on the selection after focus left the board; N adds in the focused empty cell', async ({
  page,
}) => {
  // Add lane dialog, from the toolbar: cancelled, focus is on its button again.
  await page.getByRole('button', { name: 'Add lane' }).click();
  await page.getByRole('dialog', { name: 'Add lane' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add lane' })).toBeFocused();
  // Export, closed with Escape.
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();

  // Delete works on the selected card after focus went to the toolbar (Analysis opened and closed).
  await card(page, 'Bill and receipt').click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Bill and receipt')).toHaveCount(0);

  // N in a focused empty cell adds the card there (not in the lane's first step).
  await card(page, 'Asks for the bill and pays').click();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /Physical evidence, Payment: cell/ })).toBeFocused();
  await page.keyboard.press('n');
  await page.keyboard.type('Printed receipt');
  await page.keyboard.press('Enter');
  await expect.poll(() => cellTexts(page, 'Physical evidence', 'Payment')).toEqual(['Printed receipt']);
  await expect.poll(() => cellTexts(page, 'Physical evidence', 'Reservation')).toEqual(['Booking page and phone line']);
});

test('an emotion slider is reached by arrows, takes the first key press on an empty slot, keeps focus after its note', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  const first = page.getByRole('slider', { name: 'Customer emotion at Sees an ad' });
  await page.getByRole('button', { name: /Customer actions, Sees an ad: cell/ }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // thoughts, touchpoints, then the emotion lane
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-valuenow', '0.5');
  await page.keyboard.press('Enter');
  const note = page.getByRole('dialog', { name: 'Emotion note' });
  await note.getByRole('textbox').fill('Curious');
  await note.getByRole('button', { name: 'Save' }).click();
  await expect(first).toBeFocused();
  // Escape goes back to the grid, where arrows move between cells again.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Emotions, Sees an ad: cell (Enter adds a card)' })).toBeFocused();
});
