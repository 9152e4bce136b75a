import { expect, test, type Page } from '@playwright/test';
import { addCard, card, newBoard, saved, startSharing } from './helpers';
import { syncServerForFile } from './syncServer';

const server = syncServerForFile();

/** Sets the name the others see and comments are signed with, in the Share dialog. */
async function callMe(page: Page, name: string) {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Your name' }).blur();
  return dialog;
}

test('a team on one board: who changed what (activity), @mentions, and new comments marked for each person until seen', async ({
  page: ana,
  browser,
}) => {
  await newBoard(ana);
  await addCard(ana, 'Customer actions', 'Step 1', 'Waits at the counter');
  await saved(ana);
  const { dialog: share, edit: link } = await startSharing(ana, server.url, 'Ana');
  await share.getByRole('button', { name: 'Close' }).click();

  const bo = await (await browser.newContext()).newPage();
  await bo.goto(link);
  await expect(card(bo, 'Waits at the counter')).toBeVisible();
  await (await callMe(bo, 'Bo')).getByRole('button', { name: 'Close' }).click();
  await expect(bo.getByRole('list', { name: 'People here' })).toContainText('Ana');

  // Bo changes the board; Ana, with nothing selected, sees it in the side panel's activity.
  await addCard(bo, 'Frontstage actions', 'Step 2', 'Greets the guest');
  await expect(card(ana, 'Greets the guest')).toBeVisible();
  // A click on the empty canvas below the lanes selects nothing.
  const lastLane = (await ana.getByRole('rowheader', { name: 'Support processes' }).boundingBox())!;
  await ana.mouse.click(lastLane.x + 400, lastLane.y + lastLane.height + 80);
  const activity = ana.getByRole('region', { name: 'Activity' });
  const boGroup = activity.getByRole('listitem').filter({ hasText: 'Bo' }).first();
  await expect(boGroup).toContainText('Added 1 card');
  // Ana's own first card came before she gave a name.
  await expect(activity.getByRole('listitem').filter({ hasText: 'Someone without a name' }).first()).toContainText('Added 1 card');
  await boGroup.getByRole('button', { name: 'Greets the guest' }).click();
  await expect(card(ana, 'Greets the guest')).toHaveAttribute('aria-current', 'true');

  // Bo mentions Ana in a comment, picking her from the people on the board.
  await card(bo, 'Waits at the counter').click();
  await expect(bo.getByRole('list', { name: 'People here' })).toContainText('Ana'); // she is still here for Bo
  const comments = bo.getByRole('region', { name: 'Comments' });
  await comments.getByRole('combobox', { name: 'Mention someone' }).selectOption('Ana');
  await expect(comments.getByRole('textbox', { name: 'New comment' })).toHaveValue('@Ana ');
  await comments.getByRole('textbox', { name: 'New comment' }).pressSequentially('is the wait measured?');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(comments.locator('.mention')).toHaveText('@Ana');

  // For Ana the card says there is something new, and the comment is marked new and as mentioning her.
  await expect(card(ana, 'Waits at the counter')).toContainText('1 comment · new');
  await card(ana, 'Waits at the counter').click();
  const hers = ana.getByRole('region', { name: 'Comments' });
  await expect(hers.getByRole('listitem').first()).toContainText('New');
  await expect(hers.locator('.mention-me')).toHaveText('@Ana (mentions you)');
  // Seen now: the card no longer says new, for Ana (also after a reload); Bo's own comment was never new for him.
  await expect(card(ana, 'Waits at the counter')).toHaveText(/1 comment$/);
  await expect(card(bo, 'Waits at the counter')).not.toContainText('new');
  await ana.reload();
  await expect(card(ana, 'Waits at the counter')).toContainText('1 comment');
  await expect(card(ana, 'Waits at the counter')).not.toContainText('new');
});
