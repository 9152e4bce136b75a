import { expect, test, type Page } from '@playwright/test';
import { addCard, card, newBoard, openLibrary, saved } from './helpers';

const EXAMPLES: [title: string, aCard: string][] = [
  ['Restaurant visit', 'Kitchen prepares the dishes'],
  ['Overnight hotel stay', 'Desk agent checks the booking, hands over the key'],
  ['Hospital outpatient visit', 'Collects the medicines'],
  ['Bank branch: opening an account', 'Open the account in the app in ten minutes'],
  ['E-commerce order and parcel delivery', 'Picks the parcel up at the locker'],
  ['A trip across organisations', 'Hotel desk matches the voucher'],
];

async function openGallery(page: Page, name = 'New board') {
  await page.getByRole('button', { name }).click();
  return page.getByRole('dialog', { name });
}

test('the gallery shows every example with a preview drawn from its board, and each opens as a full board', async ({ page }) => {
  await openLibrary(page);
  for (const [title, aCard] of EXAMPLES) {
    const gallery = await openGallery(page);
    const choice = gallery.getByRole('radio', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(choice).toBeVisible();
    // The preview: lanes and cards drawn as rectangles, and the emotion curve.
    const preview = choice.locator('xpath=ancestor::label').locator('svg.template-preview');
    expect(await preview.locator('rect').count()).toBeGreaterThan(20);
    await expect(preview.locator('polyline')).toHaveCount(1);
    await choice.check();
    await gallery.getByRole('button', { name: 'Create board' }).click();
    await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title);
    await expect(card(page, aCard)).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    expect(await page.getByRole('article').count()).toBeGreaterThan(15);
    await saved(page);
    await page.getByRole('link', { name: '← All boards' }).click();
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  }
});

test('an example has something to say in every section of the Analysis view', async ({ page }) => {
  await openLibrary(page);
  const gallery = await openGallery(page);
  await gallery.getByRole('radio', { name: /^Hospital outpatient visit/ }).check();
  await gallery.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await expect(analysis.getByRole('table', { name: /Failure register/ }).getByRole('row', { name: /Results late/ })).toBeVisible();
  // Every table of every section has rows beyond its header.
  const tables = analysis.getByRole('table');
  expect(await tables.count()).toBeGreaterThanOrEqual(7);
  for (const table of await tables.all())
    expect(await table.getByRole('row').count(), (await table.getAttribute('aria-label')) ?? '').toBeGreaterThan(1);
});

test('in Chinese the gallery and the board it makes are in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  const gallery = await openGallery(page, '新建看板');
  await gallery.getByRole('radio', { name: /^医院门诊就诊/ }).check();
  await gallery.getByRole('button', { name: '创建看板' }).click();
  await expect(page.getByRole('textbox', { name: '看板标题' })).toHaveValue('医院门诊就诊');
  await expect(card(page, '取药')).toBeVisible();
  await context.close();
});

test('save a board as a template: it appears in the gallery, makes new boards, and can be deleted', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Our own opening step');
  await saved(page);
  // Beside the file formats in Export (the library has it for every board too).
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Save as template…' }).click();
  const prompt = page.getByRole('dialog', { name: 'Save as template' });
  await prompt.getByRole('textbox', { name: 'Template name' }).fill('Workshop starter');
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Workshop starter');

  await page.getByRole('link', { name: '← All boards' }).click();
  let gallery = await openGallery(page);
  const mine = gallery.getByRole('group', { name: 'Your templates' });
  await mine.getByRole('radio', { name: /^Workshop starter/ }).check();
  await gallery.getByRole('textbox', { name: 'Board name' }).fill('From my template');
  await gallery.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('From my template');
  await expect(card(page, 'Our own opening step')).toBeVisible();

  await page.getByRole('link', { name: '← All boards' }).click();
  gallery = await openGallery(page);
  await gallery.getByRole('button', { name: 'Delete template “Workshop starter”' }).click();
  await page.getByRole('dialog', { name: 'Delete template?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(gallery.getByRole('group', { name: 'Your templates' })).toHaveCount(0);
  await page.reload();
  gallery = await openGallery(page);
  await expect(gallery.getByRole('radio', { name: /^Overnight hotel stay/ })).toBeVisible();
  await expect(gallery.getByRole('radio', { name: /^Workshop starter/ })).toHaveCount(0);
  await gallery.getByRole('button', { name: 'Cancel' }).click();

  // From the library: any board, under a name of the user's choosing.
  await page.getByRole('group', { name: 'Restaurant visit' }).getByRole('button', { name: 'Save as template…' }).click();
  const fromLibrary = page.getByRole('dialog', { name: 'Save as template' });
  await fromLibrary.getByRole('textbox', { name: 'Template name' }).fill('Our restaurant');
  await fromLibrary.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Our restaurant' })).toBeVisible();
  gallery = await openGallery(page);
  await expect(gallery.getByRole('group', { name: 'Your templates' }).getByRole('radio', { name: /^Our restaurant/ })).toBeVisible();
});
