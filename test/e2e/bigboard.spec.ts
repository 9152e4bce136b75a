import { expect, test } from '@playwright/test';
import { generateBoard } from '../../src/model/generate';
import { BOTTOM_BAND } from '../../src/editor/view';
import { dragBoard, saved, seedBoard, settled } from './helpers';

test('on a large board, keyboard navigation brings off-screen cards into view and focuses them', async ({ page }) => {
  const board = generateBoard({ cards: 600, steps: 40, seed: 3 });
  await seedBoard(page, board);
  await page.getByRole('link', { name: board.title }).click();
  const first = page.getByRole('article').first();
  await first.focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  const focused = page.locator('[role="article"]:focus');
  await expect(focused).toHaveCount(1);
  const box = (await focused.boundingBox())!;
  expect(box.x).toBeGreaterThan(0);
  expect(box.x + box.width).toBeLessThan(1400);
  await expect(page.getByRole('columnheader', { name: 'Step 26' })).toBeVisible();

  // Editing a card there is saved like anywhere else.
  await page.keyboard.press('Enter');
  await page.keyboard.type(' edited');
  await page.keyboard.press('Enter');
  await saved(page);
  const name = await focused.getAttribute('aria-label');
  expect(name).toMatch(/ edited$/);
});

test('a wide board: "Zoom to fit" keeps text readable, and the zoom buttons never push the board off screen', async ({ page }) => {
  const board = generateBoard({ cards: 120, steps: 30, seed: 7 }); // too wide to fit readably, not too tall
  await seedBoard(page, board);
  await page.getByRole('link', { name: board.title }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const lowestLane = () => page.getByRole('rowheader').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  // 30 steps do not fit readably: the board is fitted to its height instead (the zoom animates
  // there), its last lane ending just above the legend and zoom buttons.
  const band = canvas.y + canvas.height - BOTTOM_BAND;
  await expect.poll(async () => (await lowestLane()) <= band + 1 && (await lowestLane()) > band - 8).toBe(true);
  await settled(page, zoom);
  expect(await zoom()).toBeGreaterThanOrEqual(0.45);
  expect(await lowestLane()).toBeLessThanOrEqual(band + 1); // every lane in view, none under the legend
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await settled(page, zoom);
  // The board still fills the middle of the view (it was zoomed about that point).
  const drawn = (await page.locator('.grid-background').boundingBox())!;
  const [cx, cy] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];
  expect([drawn.x < cx, drawn.x + drawn.width > cx, drawn.y < cy, drawn.y + drawn.height > cy]).toEqual([true, true, true, true]);
  const [first, last] = [(await page.getByRole('columnheader').first().boundingBox())!, (await page.getByRole('columnheader').last().boundingBox())!];
  expect(first.x).toBeLessThan(canvas.x + canvas.width); // the board spans the view…
  expect(last.x + last.width).toBeGreaterThan(canvas.x); // …it has not slid off either side
  // Dragging the view far past the board's end stops at its edge, the board still in view.
  for (let i = 0; i < 3; i++)
    await dragBoard(page, [canvas.x + canvas.width - 60, canvas.y + canvas.height - 30], [120 - canvas.width, 60 - canvas.height]);
  const end = (await page.getByRole('columnheader').last().boundingBox())!;
  expect(end.x + end.width).toBeGreaterThan(canvas.x + canvas.width / 2);

  // A stage band that starts off screen (under the lane headers) shows its name where it comes into view.
  const laneEdge = (await page.getByRole('rowheader').first().boundingBox())!;
  const edge = laneEdge.x + laneEdge.width;
  const cutBands = () =>
    page.locator('.stage-band').evaluateAll(
      (bands, at) =>
        bands
          .map((b) => ({ band: b.getBoundingClientRect(), name: b.querySelector('.header-name')!.getBoundingClientRect() }))
          .filter(({ band }) => band.left < at - 20 && band.right > at + 120)
          .map(({ name }) => name.left),
      edge,
    );
  for (let i = 0; i < 6 && !(await cutBands()).length; i++) {
    await dragBoard(page, [canvas.x + canvas.width / 2, canvas.y + canvas.height - 30], [90, 0]); // below the board's last lane
    await settled(page, zoom);
  }
  const names = await cutBands();
  expect(names.length).toBeGreaterThan(0);
  for (const left of names) expect(left).toBeGreaterThanOrEqual(edge - 1);

  // "Show the whole board" shows every step, however small.
  await page.getByRole('button', { name: 'Show the whole board' }).click();
  await expect
    .poll(async () => {
      const [a, z] = [(await page.getByRole('columnheader').first().boundingBox())!, (await page.getByRole('columnheader').last().boundingBox())!];
      return a.x >= canvas.x - 1 && z.x + z.width <= canvas.x + canvas.width + 1;
    })
    .toBe(true);
});
