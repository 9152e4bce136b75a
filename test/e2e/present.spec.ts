import { expect, test, type Page } from '@playwright/test';
import { generateBoard } from '../../src/model/generate';
import { openBoard, openLibrary, seedBoard } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

async function presentExample(page: Page, title: string) {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New board' }).click();
  const gallery = page.getByRole('dialog', { name: 'New board' });
  await gallery.getByRole('radio', { name: new RegExp(`^${title}`) }).check();
  await gallery.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title);
  await page.getByRole('button', { name: 'Present' }).click();
  return page.getByRole('region', { name: 'Presentation' });
}

/** Computed font sizes of every card on the slide, and whether each lies within the screen's width. */
const cardFonts = (page: Page) =>
  page.locator('.present-card').evaluateAll((cards) =>
    cards.map((c) => {
      const box = c.getBoundingClientRect();
      return { size: parseFloat(getComputedStyle(c).fontSize), inside: box.left >= 0 && box.right <= window.innerWidth };
    }),
  );

test('at 1920×1080 every card on every slide is at least 24 px and fits the width; a long stage comes in parts', async ({ page }) => {
  const board = generateBoard({ cards: 160, steps: 14, seed: 7 });
  // One stage holding all 14 steps: too many for one screen at this size.
  const wide = { ...board, stages: board.stages.slice(0, 1), steps: board.steps.map((s) => ({ ...s, stageId: board.stages[0]!.id })) };
  await seedBoard(page, wide);
  await openBoard(page, wide.title);
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show.getByText('Overview').first()).toBeVisible();
  let slides = 0;
  for (;;) {
    await page.keyboard.press('PageDown');
    const heading = show.locator('.present-header p').first();
    await expect(heading).toContainText(/part \d of 3/);
    const fonts = await cardFonts(page);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.size).toBeGreaterThanOrEqual(24);
      expect(f.inside).toBe(true);
    }
    slides++;
    if ((await heading.textContent())?.includes('part 3 of 3')) break;
  }
  expect(slides).toBe(3);
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
});

test('spotlight by keyboard: one step large, the others dimmed, its failure and wait points called out; announced', async ({ page }) => {
  const show = await presentExample(page, 'Restaurant visit');
  await page.keyboard.press('PageDown');
  await expect(show.locator('[aria-live="polite"]')).toHaveText('Stage 1 of 3: Before the visit');
  await page.keyboard.press('ArrowRight'); // Reservation
  await page.keyboard.press('ArrowRight'); // Arrival, on the next slide
  await expect(show.getByRole('button', { name: 'Arrival' })).toHaveAttribute('aria-pressed', 'true');
  await expect(show.locator('[aria-live="polite"]')).toHaveText(/Stage 2 of 3: At the restaurant\. Spotlight on Arrival/);
  const callouts = show.getByRole('complementary', { name: 'In the spotlight: Arrival' });
  await expect(callouts).toContainText('Booking not found at the door');
  await expect(callouts).toContainText('Recovery: Seat the guests at the bar');
  await expect(callouts).toContainText('Wait 10 min');
  const spotSize = await show.getByRole('article', { name: 'Arrives and gives the name' }).evaluate((c) => parseFloat(getComputedStyle(c).fontSize));
  const otherSize = await show.getByRole('article', { name: 'Sits down, reads the menu' }).evaluate((c) => parseFloat(getComputedStyle(c).fontSize));
  expect(spotSize).toBeGreaterThan(otherSize);
  expect(otherSize).toBeGreaterThanOrEqual(24);
  await expect(show.locator('.present-cell.dimmed').first()).toBeVisible();
  // A click spotlights too.
  await show.getByRole('button', { name: 'Ordering' }).click();
  await expect(show.getByRole('complementary', { name: 'In the spotlight: Ordering' })).toContainText('Order typed in wrong');
  await page.keyboard.press('Escape'); // ends the spotlight
  await expect(show.getByRole('complementary')).toHaveCount(0);
  await expect(show).toBeVisible();
  await page.keyboard.press('Escape'); // ends the presentation
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Board tools' })).toBeVisible();
});

test('timer and high contrast from the keyboard; the present toolbar hides when the mouse rests', async ({ page }) => {
  const show = await presentExample(page, 'Hospital outpatient visit');
  const toolbar = show.getByRole('toolbar', { name: 'Presentation controls' });
  await expect(toolbar).not.toHaveClass(/asleep/);
  // The editor behind is inert (out of the tab order and the accessibility tree): its toolbar is not found.
  await expect(page.getByRole('toolbar', { name: 'Board tools' })).toHaveCount(0);
  // The present toolbar has a strip of its own: it never covers the slide's last row of cards.
  const bar = (await toolbar.boundingBox())!;
  const lowest = await show.locator('.present-card').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
  const body = await show.locator('.present-body').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(Math.min(lowest, body)).toBeLessThanOrEqual(bar.y);
  await expect(toolbar).toHaveClass(/asleep/, { timeout: 8000 }); // a few seconds without mouse movement
  await page.mouse.move(400, 400);
  await page.mouse.move(420, 420);
  await expect(toolbar).not.toHaveClass(/asleep/);

  await page.keyboard.press('t');
  const timer = show.getByRole('timer', { name: 'Time left' });
  await expect(timer).toHaveText(/^9:5\d$/);
  await page.keyboard.press('t'); // pause: the time left stays
  const paused = await timer.textContent();
  await expect(toolbar.getByRole('button', { name: 'Start timer' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await timer.textContent()) === paused, { intervals: [1100, 1100] }).toBe(true);

  await page.keyboard.press('c');
  await expect(show).toHaveClass(/high-contrast/);
  await expect(toolbar.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('PageDown');
  // Every card's text at WCAG AAA contrast (≥ 7:1) against the slide.
  const ratios = await show.locator('.present-card').evaluateAll((cards) => {
    const lum = (c: string) => {
      const [r, g, b] = c
        .match(/\d+/g)!
        .slice(0, 3)
        .map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const bg = lum(getComputedStyle(document.querySelector('.presentation')!).backgroundColor);
    return cards.map((c) => {
      const fg = lum(getComputedStyle(c).color);
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
  });
  expect(ratios.length).toBeGreaterThan(0);
  for (const r of ratios) expect(r).toBeGreaterThanOrEqual(7);

  // Keyboard users reach the toolbar with Tab; it stays while they are in it.
  await page.keyboard.press('Tab');
  await expect(toolbar).not.toHaveClass(/asleep/);
});
