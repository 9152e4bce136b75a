import { expect, test } from '@playwright/test';
import { addCard, card, exportAs, newBoard, saved } from './helpers';
import { inspectPdf } from './pdf';

test('review comments on a card: add, reply, resolve, reopen; a count on the card; kept on reload and in the PDF appendix', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Waits at the counter');
  await card(page, 'Waits at the counter').click();
  const comments = page.getByRole('region', { name: 'Comments' });
  await expect(comments).toContainText('No comments on this card yet.');
  await comments.getByRole('textbox', { name: 'New comment' }).fill('Is this observed or assumed?');
  // The first comment asks who is writing: never signed "Guest".
  await expect(comments.getByRole('button', { name: 'Add comment' })).toBeDisabled();
  await comments.getByRole('textbox', { name: 'Your name (signs your comments)' }).fill('Ana');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  const thread = comments.getByRole('listitem').first();
  await expect(thread).toContainText('Ana');
  await expect(thread).toContainText('Is this observed or assumed?');
  await expect(comments.getByRole('textbox', { name: 'Your name (signs your comments)' })).toHaveCount(0);
  // Its author can change it.
  await thread.getByRole('button', { name: 'Edit your comment “Is this observed or assumed?”' }).click();
  await thread.getByRole('textbox', { name: 'Comment' }).fill('Is this observed, or assumed?');
  await thread.getByRole('button', { name: 'Save' }).click();
  await expect(thread).toContainText('Is this observed, or assumed?');
  await expect(thread).toContainText('edited');
  await expect(card(page, 'Waits at the counter')).toContainText('1 comment');

  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByRole('textbox', { name: 'Reply' }).fill('Observed in three interviews');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread).toContainText('Observed in three interviews');
  // A thread with a reply keeps its start (no Delete there); a reply can go, and comes back on undo.
  await expect(thread.getByRole('button', { name: /^Delete your comment “Is this/ })).toHaveCount(0);
  await thread.getByRole('button', { name: 'Delete your comment “Observed in three interviews”' }).click();
  await expect(thread).not.toContainText('Observed in three interviews');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(thread).toContainText('Observed in three interviews');

  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(card(page, 'Waits at the counter')).not.toContainText('comment');
  await thread.getByRole('button', { name: 'Reopen' }).click();
  await expect(card(page, 'Waits at the counter')).toContainText('1 comment');

  await saved(page);
  await page.reload();
  await card(page, 'Waits at the counter').click();
  await expect(page.getByRole('region', { name: 'Comments' })).toContainText('Observed in three interviews');

  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByRole('checkbox', { name: 'Include comments (appendix)' }).check();
  });
  const pdf = inspectPdf(file);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text).toContain('Is this observed, or assumed?');
  expect(pdf.text).toContain('Observed in three interviews');
});
