import { expect, test } from '@playwright/test';
import { openLibrary } from './helpers';
import { storeRecordInPage } from './storeRecord.mjs';

test('first run shows the complete restaurant example: the blueprint, its journey and its improvement loop', async ({ page }) => {
  await openLibrary(page);
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toBeVisible();
  await page.getByRole('link', { name: 'Restaurant visit' }).click();
  const lanes = ['Physical evidence', 'Customer actions', 'Frontstage actions', 'Backstage actions', 'Support processes'];
  for (const lane of [...lanes, 'Research insights', 'Opportunities', 'Solutions']) {
    await expect(page.getByRole('rowheader', { name: lane })).toBeVisible();
  }
  for (const step of ['Reservation', 'Arrival', 'Seating', 'Ordering', 'Meal', 'Payment', 'Goodbye']) {
    await expect(page.getByRole('columnheader', { name: step })).toBeVisible();
  }
  await expect(page.getByRole('article', { name: 'Orders dishes' })).toHaveAccessibleDescription(/Touchpoint/);
  await expect(page.getByRole('article', { name: 'Kitchen prepares the dishes' })).toHaveAccessibleDescription(/Failure point/);
  // The loop filled in: an opportunity with its priority, a solution with its status.
  await expect(page.getByRole('article', { name: 'Let guests pay at the table' })).toContainText('Priority 8.0'); // (4 + 4) ÷ 1
  await expect(page.getByRole('article', { name: 'Handheld card terminals for waiters' })).toContainText('Piloting');
});

test('rename, duplicate and delete (with confirmation) boards; all of it survives a reload', async ({ page }) => {
  await openLibrary(page);
  const actions = page.getByRole('group', { name: 'Restaurant visit' });
  await actions.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename' });
  await dialog.getByRole('textbox').fill('Bistro visit');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Bistro visit' })).toBeVisible();

  await page.getByRole('group', { name: 'Bistro visit' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('link', { name: 'Bistro visit (copy)' })).toBeVisible();

  await page.getByRole('group', { name: 'Bistro visit', exact: true }).getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete board?' });
  await expect(confirm).toContainText('Bistro visit');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: 'Bistro visit', exact: true })).toBeVisible();

  await page.getByRole('group', { name: 'Bistro visit', exact: true }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete board?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Bistro visit', exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('link', { name: 'Bistro visit (copy)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bistro visit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toHaveCount(0); // the sample is not re-created
});

test('a damaged record is listed with its error and its raw JSON can be downloaded; nothing is overwritten', async ({ page }) => {
  await openLibrary(page);
  const broken = { format: 'blueprint-studio/board', version: 1, id: 'broken', title: 'Half-written', cards: [{ id: 'c1', text: 42 }] };
  await page.evaluate(storeRecordInPage, {
    record: { id: 'broken', title: 'Half-written', updatedAt: new Date().toISOString(), revision: 4, doc: broken },
  });
  await page.reload();
  await expect(page.getByText('Damaged: this board could not be read')).toBeVisible();
  await expect(page.getByText('cards[0].laneId', { exact: true })).toBeVisible();
  await expect(page.getByText(/and 1 more problem$/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Half-written' }).getByRole('button', { name: 'Download raw JSON' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  expect(JSON.parse(Buffer.concat(text).toString('utf8'))).toEqual(broken);
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toBeVisible();
});

test('the language switcher translates the app and the choice is remembered', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '看板' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建看板' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '看板' })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Boards' })).toBeVisible();
});

test('"New board" asks for the name first; left empty, the template names the board', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New board' }).click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await expect(dialog.getByLabel('Board name')).toBeFocused();
  await page.keyboard.type('Outpatient clinic');
  await dialog.getByRole('radio', { name: /^Customer journey map/ }).check();
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Outpatient clinic');
  await page.getByRole('link', { name: /All boards/ }).click();
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByRole('dialog', { name: 'New board' }).getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Untitled service blueprint');
});
