import { expect, test, type Page } from '@playwright/test';
import { card, cellTexts, newBoard, openBoard, saved, openSmallRestaurant } from './helpers';

const laneOrder = (page: Page) => page.getByRole('rowheader').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const lineY = async (page: Page, kind: string) => (await page.locator(`.blueprint-line.${kind} line`).boundingBox())?.y ?? null;

async function dragHeader(page: Page, name: string, to: { x: number; y: number }) {
  const box = (await page.getByRole('rowheader', { name }).boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + box.height / 2 + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

test('reorder lanes by dragging the header: the line of visibility moves with them; undo restores', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const frontstage = page.getByRole('rowheader', { name: 'Frontstage actions' });
  const before = (await lineY(page, 'visibility'))!;
  const f = (await frontstage.boundingBox())!;
  expect(Math.abs(before - (f.y + f.height))).toBeLessThan(3);

  const support = (await page.getByRole('rowheader', { name: 'Support processes' }).boundingBox())!;
  await dragHeader(page, 'Physical evidence', { x: support.x + 30, y: support.y + support.height - 5 });
  await expect
    .poll(() => laneOrder(page))
    .toEqual(['Customer actions', 'Frontstage actions', 'Backstage actions', 'Support processes', 'Physical evidence']);
  const after = (await lineY(page, 'visibility'))!;
  const f2 = (await frontstage.boundingBox())!;
  expect(after).toBeLessThan(before - 50);
  expect(Math.abs(after - (f2.y + f2.height))).toBeLessThan(3);

  // Backstage above frontstage: there is no longer a frontstage → backstage boundary.
  const front = (await frontstage.boundingBox())!;
  await dragHeader(page, 'Backstage actions', { x: front.x + 30, y: front.y + 5 });
  await expect
    .poll(() => laneOrder(page))
    .toEqual(['Customer actions', 'Backstage actions', 'Frontstage actions', 'Support processes', 'Physical evidence']);
  await expect(page.locator('.blueprint-line.visibility')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => laneOrder(page))
    .toEqual(['Physical evidence', 'Customer actions', 'Frontstage actions', 'Backstage actions', 'Support processes']);
  await expect(page.locator('.blueprint-line.visibility')).toHaveCount(1);
});

test('rename a lane inline, collapse it, delete it with confirmation; undo brings its cards back', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const header = page.getByRole('rowheader', { name: 'Support processes' });
  await header.focus();
  await page.keyboard.press('Enter');
  const input = page.getByRole('textbox', { name: 'Lane name' });
  await input.fill('Systems');
  await input.press('Enter');
  await expect(page.getByRole('rowheader', { name: 'Systems' })).toBeVisible();

  // The lane's tools appear beside its header while the pointer is on it.
  await page.getByRole('rowheader', { name: 'Systems' }).hover();
  await page.getByRole('button', { name: 'Collapse lane Systems' }).click();
  await expect(card(page, 'Payment gateway')).toHaveCount(0);
  await page.getByRole('rowheader', { name: 'Systems' }).hover();
  await page.getByRole('button', { name: 'Expand lane Systems' }).click();
  await expect(card(page, 'Payment gateway')).toBeVisible();

  await page.getByRole('rowheader', { name: 'Systems' }).hover();
  await page.getByRole('button', { name: 'Delete lane Systems' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete lane “Systems”?' });
  await expect(dialog).toContainText('5 cards');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('rowheader', { name: 'Systems' })).toHaveCount(0);
  await expect(card(page, 'Payment gateway')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Payment gateway')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Systems' })).toBeVisible();
});

test('steps and stages: rename, reorder by dragging, delete with confirmation', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const steps = () => page.getByRole('columnheader').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const payment = (await page.getByRole('columnheader', { name: 'Payment' }).boundingBox())!;
  const arrival = (await page.getByRole('columnheader', { name: 'Arrival' }).boundingBox())!;
  await page.mouse.move(payment.x + 20, payment.y + payment.height / 2);
  await page.mouse.down();
  await page.mouse.move(payment.x + 10, payment.y + payment.height / 2, { steps: 2 });
  await page.mouse.move(arrival.x + 10, arrival.y + arrival.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect.poll(steps).toEqual(['Reservation', 'Payment', 'Arrival', 'Ordering', 'Meal']);
  expect(await cellTexts(page, 'Customer actions', 'Payment')).toEqual(['Asks for the bill and pays']);

  await page.getByRole('columnheader', { name: 'Meal' }).dblclick();
  await page.getByRole('textbox', { name: 'Step name' }).fill('Dinner');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Dinner' })).toBeVisible();

  await page.getByRole('columnheader', { name: 'Dinner' }).hover();
  await page.getByRole('button', { name: 'Delete step Dinner' }).click();
  await page.getByRole('dialog', { name: 'Delete step “Dinner”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect.poll(steps).toEqual(['Reservation', 'Payment', 'Arrival', 'Ordering']);
  await expect(card(page, 'Eats the meal')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect.poll(steps).toEqual(['Reservation', 'Payment', 'Arrival', 'Ordering']);
});

test('keyboard only: add a lane, a step and a card, move the card with Alt+arrow, then undo each', async ({ page }) => {
  await newBoard(page);
  await page.getByRole('button', { name: 'Add lane' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add lane' });
  await expect(dialog.getByLabel('Kind')).toBeFocused();
  await dialog.getByLabel('Kind').selectOption('pain'); // a keyboard user picks from the focused list
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Guest pains');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('rowheader', { name: 'Guest pains' })).toBeVisible();

  await page.getByRole('button', { name: 'Add step' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'New step' })).toBeVisible();

  await page.getByRole('rowheader', { name: 'Guest pains' }).focus(); // reached with Tab in real use
  await page.keyboard.press('ArrowRight'); // into the grid: the lane's first cell
  await expect(page.getByRole('button', { name: 'Guest pains, Step 1: cell (Enter adds a card)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Long queue');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Long queue')).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => cellTexts(page, 'Guest pains', 'Step 2')).toEqual(['Long queue']);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'Support processes, Step 2: cell (Enter adds a card)' })).toBeFocused();

  const undo = async () => page.keyboard.press('Control+z');
  await undo(); // move
  await expect.poll(() => cellTexts(page, 'Guest pains', 'Step 1')).toEqual(['Long queue']);
  await undo(); // text
  await undo(); // card
  await expect(card(page, 'Long queue')).toHaveCount(0);
  await undo(); // step
  await expect(page.getByRole('columnheader', { name: 'New step' })).toHaveCount(0);
  await undo(); // lane
  await expect(page.getByRole('rowheader', { name: 'Guest pains' })).toHaveCount(0);
});

test('lane headers stay legible: tools never cover the name, long names wrap instead of being cut, the emotion scale has its own room', async ({
  page,
}) => {
  await newBoard(page, 'Blueprint + journey');
  for (const name of ['Opportunities', 'Emotions', 'Support processes']) {
    const header = page.getByRole('rowheader', { name });
    await header.hover();
    const problems = await header.evaluate((el) => {
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const nameEl = el.querySelector('.header-name')!;
      const r = nameEl.getBoundingClientRect();
      const out: string[] = [];
      if (nameEl.scrollWidth > nameEl.clientWidth + 1 || nameEl.scrollHeight > nameEl.clientHeight + 1) out.push('name cut');
      for (const tool of el.querySelectorAll('.header-tools button'))
        if (hit(tool.getBoundingClientRect(), r)) out.push(`covered by ${tool.getAttribute('aria-label')}`);
      for (const mark of el.querySelectorAll('.emotion-scale span'))
        if (hit(mark.getBoundingClientRect(), r)) out.push(`overlaps ${mark.textContent}`);
      return out;
    });
    expect(problems, name).toEqual([]);
  }
});

test('clicking a step header selects it; "Add step" puts the new step right after it and opens its name', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  await card(page, 'Waiter serves the dish').click(); // a card in "Meal" is selected…
  const arrival = page.getByRole('columnheader', { name: 'Arrival' });
  await arrival.click(); // …but the step clicked last wins
  await expect(arrival).toHaveAttribute('aria-selected', 'true');
  await expect(card(page, 'Waiter serves the dish')).not.toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Add step' }).click();
  const name = page.getByRole('textbox', { name: 'Step name' });
  await expect(name).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Waits to be seated');
  await page.keyboard.press('Enter');
  const steps = await page.getByRole('columnheader').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(steps.slice(0, 4)).toEqual(['Reservation', 'Arrival', 'Waits to be seated', 'Ordering']);
  // A clicked lane header is where "Add lane" puts the new lane.
  await page.getByRole('rowheader', { name: 'Customer actions' }).click();
  await page.getByRole('button', { name: 'Add lane' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add lane' });
  await dialog.getByLabel('Lane name').fill('Companion actions');
  await dialog.getByRole('button', { name: 'Add' }).click();
  expect((await laneOrder(page)).slice(0, 3)).toEqual(['Physical evidence', 'Customer actions', 'Companion actions']);
});

test('steps into stages: a step’s stage in the inspector, a new stage starting at a step, stage bands by keyboard', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const stageOf = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.stage-band')].map((el) => el.getAttribute('aria-label')!.replace(/^Stage (.*?) \(.*$/, '$1')),
    );
  await page.getByRole('columnheader', { name: 'Meal' }).click();
  const inspector = page.getByRole('complementary', { name: 'Card details' });
  await expect(inspector.getByRole('heading', { name: 'Step' })).toBeVisible();
  await inspector.getByLabel('Stage').selectOption({ label: 'Leaving' });
  // Meal now opens the last stage: its band starts at Meal's column.
  const meal = (await page.getByRole('columnheader', { name: 'Meal' }).boundingBox())!;
  const leaving = (await page.getByRole('group', { name: /^Stage Leaving/ }).boundingBox())!;
  expect(Math.abs(leaving.x - meal.x)).toBeLessThan(2);

  await page.getByRole('columnheader', { name: 'Ordering' }).click();
  await inspector.getByRole('button', { name: 'Start a new stage here' }).click();
  expect(await stageOf()).toEqual(['Before the visit', 'At the restaurant', 'New stage', 'Leaving']);

  const band = page.getByRole('group', { name: /^Stage New stage/ });
  await band.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Ordering food');
  await page.keyboard.press('Enter');
  expect(await stageOf()).toEqual(['Before the visit', 'At the restaurant', 'Ordering food', 'Leaving']);
  await page.getByRole('group', { name: /^Stage Ordering food/ }).focus();
  await page.keyboard.press('Delete'); // its step joins the stage before
  expect(await stageOf()).toEqual(['Before the visit', 'At the restaurant', 'Leaving']);
  await expect(page.getByRole('columnheader', { name: 'Ordering' })).toBeVisible();
});
