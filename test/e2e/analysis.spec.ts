import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { knownBoard } from '../../src/model/test/knownBoard';
import { card, exportAs, openBoard, saved, seedBoard } from './helpers';
import { inspectPdf } from './pdf';

/** The rows of a table as arrays of cell texts. */
const rowsOf = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
const section = (page: Page, name: string) => page.getByRole('region', { name: 'Analysis' }).getByRole('region', { name, exact: true });

async function openAnalysis(page: Page) {
  await seedBoard(page, knownBoard());
  await openBoard(page, 'Known figures');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
}

test('Analysis shows the hand-worked figures of a known board and follows a row to its card', async ({ page }) => {
  await openAnalysis(page);
  const headings = page.getByRole('region', { name: 'Analysis' }).getByRole('heading', { level: 3 });
  await expect(headings).toHaveText([
    'Touchpoint priorities',
    'Failure points',
    'Time and waiting',
    'Handoffs',
    'Service quality (SERVQUAL)',
    'Emotions',
    'Evidence',
  ]);

  const priorities = section(page, 'Touchpoint priorities');
  expect(await rowsOf(priorities.getByRole('table', { name: 'Touchpoints by gap' }))).toEqual([
    ['Arrive', 'in person', '5', '2', '+3', 'Concentrate here', 'Arrive', 'Guest', 'Create opportunity'],
    ['Order', 'in person', '2', '1', '+1', 'Low priority', 'Order', 'Guest', ''],
    ['Greet', 'in person', '4', '4', '0', 'Keep up the good work', 'Arrive', 'Host', ''],
    ['Take order', 'app', '2', '5', '-3', 'Possible overkill', 'Order', 'Host', ''],
    ['Wait for a table', 'web', '—', '—', '—', 'Not rated', 'Seat', 'Guest', ''],
  ]);
  await expect(priorities.getByRole('button', { name: 'Arrive: importance 5, performance 2' })).toBeVisible();

  const failures = section(page, 'Failure points');
  expect(await rowsOf(failures.getByRole('table'))).toEqual([
    ['Prepare table', 'Arrival', 'Seat', 'Kitchen', '3', 'No clean tables', '', 'Kitchen', 'No recovery, At an emotional low', 'Create opportunity'],
    ['Take order', 'Ordering', 'Order', 'Host', '2', '', 'Manager apologises', '', 'No owner, Visible to the customer', ''],
  ]);
  // One click from a failure without recovery to an opportunity about it, linked to its card.
  await failures.getByRole('button', { name: 'Create opportunity: Recover from: Prepare table' }).click();
  await expect(card(page, 'Recover from: Prepare table')).toBeVisible();
  await expect(failures.getByRole('button', { name: /Create opportunity/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Recover from: Prepare table')).toHaveCount(0);
  await expect(failures.getByRole('button', { name: /Create opportunity/ })).toHaveCount(1);

  const time = section(page, 'Time and waiting');
  // The customer's time (activity + waiting) and the staff's effort are two columns, never summed.
  await expect(time).toContainText('The customer spends 63% of their time waiting: 15 of 24 min');
  await expect(time).toContainText('Bottleneck: Seat, the longest wait (15 min); no step is over the customer’s tolerance.');
  await expect(time).toContainText('Longest chain of connected cards: 19 min over 2 cards');
  expect(await rowsOf(time.getByRole('table', { name: 'Per step' }))).toEqual([
    ['Arrival', 'Arrive', '5', '0', '5', '2', '1', '5', '', ''],
    ['Arrival', 'Seat', '0', '15', '15', '8', '4', '—', 'Bottleneck', 'Create opportunity'],
    ['Ordering', 'Order', '4', '0', '4', '4', '10', '60', '', ''],
  ]);
  // The totals row sums the same columns as the headline: 24 min of customer time.
  expect((await rowsOf(time.getByRole('table', { name: 'Per stage' }))).at(-1)).toEqual(['Total', '9', '15', '24', '14', '15']);
  expect(await rowsOf(time.getByRole('table', { name: 'Effort and cost per owner' }))).toEqual([
    ['Kitchen', '1', '8', '4'],
    ['Host', '2', '2', '1'],
    ['Vendor Ltd', '1', '1', '10'],
    ['No owner', '3', '3', '0'],
  ]);

  const handoffs = section(page, 'Handoffs');
  expect(await rowsOf(handoffs.getByRole('table', { name: 'Connectors that hand work over' }))).toEqual([
    ['Arrive', 'Greet', 'Arrival', 'Line of interaction', ''],
    ['Greet', 'Prepare table', 'Arrival', 'Line of visibility', 'Host → Kitchen'],
    ['Prepare table', 'POS system', 'Arrival', 'Line of internal interaction', 'Kitchen → Vendor Ltd'],
    ['POS system', 'Prepare table', 'Ordering', 'Line of internal interaction', 'Vendor Ltd → Kitchen'],
  ]);
  expect(await rowsOf(handoffs.getByRole('table', { name: 'Rework loops' }))).toEqual([['1', 'Prepare table → POS system', 'Create opportunity']]);
  expect(await rowsOf(handoffs.getByRole('table', { name: 'Handoffs between owners (from ↓, to →)' }))).toEqual([
    ['Host', '', '1', ''],
    ['Kitchen', '', '', '1'],
    ['Vendor Ltd', '', '1', ''],
  ]);

  const servqual = section(page, 'Service quality (SERVQUAL)');
  await expect(servqual).toContainText('Weakest dimension: Tangibles.');
  expect((await rowsOf(servqual.getByRole('table', { name: 'Per dimension' })))[1]).toEqual(['Reliability', '2', '2', '3']);

  const emotions = section(page, 'Emotions');
  expect(await rowsOf(emotions.getByRole('table', { name: 'Low, end and sharpest drop' }))).toEqual([
    ['Guest', '-2 at Seat', '-0.5 at Order', '−3 from Arrive to Seat', 'Create opportunity'],
  ]);
  // The emotion low asks for an opportunity at its step; one there addresses the bottleneck at Seat too.
  await emotions.getByRole('button', { name: 'Create opportunity: Lift Guest’s low at Seat' }).click();
  await expect(card(page, 'Lift Guest’s low at Seat')).toBeVisible();
  await expect(emotions.getByRole('button', { name: /Create opportunity/ })).toHaveCount(0);
  await expect(time.getByRole('button', { name: /Create opportunity/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Lift Guest’s low at Seat')).toHaveCount(0);

  const evidence = section(page, 'Evidence');
  expect(await rowsOf(evidence.getByRole('table', { name: 'Open questions: assumed cards the customer meets' }))).toEqual([
    ['Wait for a table', 'Seat', 'Guest'],
    ['Order', 'Order', 'Guest'],
  ]);

  // A row leads to its card: selected, focused, in view.
  await failures.getByRole('row', { name: /Take order/ }).click();
  await expect(card(page, 'Take order')).toHaveAttribute('aria-current', 'true');
  await expect(card(page, 'Take order')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('Take order');
  // By keyboard too.
  await priorities.getByRole('row', { name: /^Greet/ }).focus();
  await page.keyboard.press('Enter');
  await expect(card(page, 'Greet')).toBeFocused();
});

test('Analysis is live: editing a card in the inspector updates the tables', async ({ page }) => {
  await openAnalysis(page);
  const failures = section(page, 'Failure points').getByRole('table');
  await failures.getByRole('row', { name: /Take order/ }).click(); // the board is narrower now: the row brings the card into view
  // The owner field suggests the owners already on the board (a combobox with their list).
  await expect(page.locator('datalist option')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Owner' }).fill('Floor team');
  await expect(failures.getByRole('row', { name: /Take order/ })).toContainText('Floor team');
  await expect(failures.getByRole('row', { name: /Take order/ })).not.toContainText('No owner');
  await page.getByRole('combobox', { name: 'Evidence', exact: true }).selectOption('Assumed');
  await expect(card(page, 'Take order')).toHaveAccessibleDescription(/Assumed/);
  await expect(section(page, 'Evidence').getByRole('table', { name: /Open questions/ })).toContainText('Take order');
  await saved(page);
});

test('registers download as CSV and the Highlight control colours cards with a legend', async ({ page }) => {
  await openAnalysis(page);
  const download = page.waitForEvent('download');
  await section(page, 'Failure points').getByRole('button', { name: 'Download CSV: Failure register' }).click();
  const file = test.info().outputPath('failures.csv');
  await (await download).saveAs(file);
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Card,Stage,Step,Lane,Severity,Cause,Recovery,Owner,Flags');
  expect(lines[1]).toBe('Prepare table,Arrival,Seat,Kitchen,3,No clean tables,,Kitchen,"No recovery, At an emotional low"');

  await page.getByLabel('Highlight').selectOption('Failure severity');
  await expect(page.getByRole('list', { name: 'Failure severity' })).toContainText('Severity 3 (1)');
  const fill = (text: string) => card(page, text).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await fill('Prepare table')).toBe('rgb(254, 226, 226)');
  expect(await fill('Greet')).toBe('rgb(255, 255, 255)');
  await section(page, 'Failure points')
    .getByRole('row', { name: /Take order/ })
    .click();
  expect(await fill('Take order')).toBe('rgb(255, 237, 213)');
  await page.getByLabel('Highlight').selectOption('Owner');
  await expect(page.getByRole('list', { name: 'Owner' })).toContainText('Host (2)');

  // The view as an image for slides: the whole view, not only the part in sight.
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const image = test.info().outputPath('analysis.png');
  await (await png).saveAs(image);
  const bytes = readFileSync(image);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const height = bytes.readUInt32BE(20);
  const viewHeight = await page.getByRole('region', { name: 'Analysis' }).evaluate((el) => el.querySelector('.analysis-body')!.scrollHeight);
  expect(height).toBeGreaterThanOrEqual(viewHeight * 2 - 2); // drawn at 2× of the full scroll height
});

test('PDF export with "Include analysis" appends the analysis pages as text', async ({ page }) => {
  await seedBoard(page, knownBoard());
  await openBoard(page, 'Known figures');
  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByLabel('Paper size').selectOption('A4');
    await d.getByRole('checkbox', { name: 'Include analysis' }).check();
  });
  const pdf = inspectPdf(file);
  const flat = pdf.text.replace(/\s+/g, ' ');
  for (const text of [
    'Touchpoint priorities',
    'Concentrate here',
    'Failure register',
    'No clean tables',
    'Bottleneck: Seat, the longest wait (15 min)',
    'Host → Kitchen',
    'Weakest dimension: Tangibles.',
    'Open questions: assumed cards the customer meets',
    `Page ${pdf.pages} of ${pdf.pages}`,
  ])
    expect(flat).toContain(text);
  pdf.ink.forEach((share) => expect(share).toBeGreaterThan(0.005));
  // Without the option, none of it.
  const plain = inspectPdf(await exportAs(page, 'PDF', async (d) => d.getByRole('checkbox', { name: 'Include analysis' }).uncheck()));
  expect(plain.text).not.toContain('Touchpoint priorities');
  expect(plain.pages).toBeLessThan(pdf.pages);
});
