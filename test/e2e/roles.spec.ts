import { expect, test, type Browser } from '@playwright/test';
import { addCard, card, connection, newBoard, saved, startSharing } from './helpers';
import { syncServerForFile } from './syncServer';

const server = syncServerForFile();

/** Another person, in a browser of their own, opening a link. */
async function person(browser: Browser, link: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Untitled service blueprint');
  await expect(connection(page)).toContainText('Connected');
  return page;
}

test('four roles on one board: the owner, an editor, a commenter and a viewer, each refused action explained; the owner revokes one kind of link', async ({
  page: owner,
  browser,
}) => {
  test.setTimeout(120_000);
  await newBoard(owner);
  await addCard(owner, 'Customer actions', 'Step 1', 'Waits at the counter');
  await saved(owner);
  const { dialog, edit, comment, view } = await startSharing(owner, server.url, 'Owner');
  const links = { Edit: edit, Comment: comment, View: view };
  expect(new Set(Object.values(links)).size).toBe(3);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(owner.getByRole('button', { name: 'Share' })).toBeFocused(); // focus back where it was

  const editor = await person(browser, links.Edit!);
  const commenter = await person(browser, links.Comment!);
  const viewer = await person(browser, links.View!);

  // The editor changes the board; everyone sees it.
  await addCard(editor, 'Frontstage actions', 'Step 2', 'Greets the guest');
  for (const p of [owner, commenter, viewer]) await expect(card(p, 'Greets the guest')).toBeVisible();

  // The commenter: marked, no editing control, an editing key explained; comments work.
  await expect(connection(commenter)).toContainText('Comment only');
  const toolbar = commenter.getByRole('toolbar');
  for (const name of ['Add card', 'Add lane', 'Add step']) await expect(toolbar.getByRole('button', { name })).toHaveCount(0);
  await card(commenter, 'Greets the guest').click();
  await commenter.keyboard.press('Delete');
  await expect(connection(commenter)).toContainText('This link is for comments');
  await expect(card(commenter, 'Greets the guest')).toBeVisible();
  await expect(commenter.getByRole('textbox', { name: 'Text', exact: true })).toBeDisabled();
  const comments = commenter.getByRole('region', { name: 'Comments' });
  await comments.getByRole('textbox', { name: 'New comment' }).fill('Is the greeting scripted?');
  await comments.getByRole('textbox', { name: 'Your name (signs your comments)' }).fill('Client');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(card(owner, 'Greets the guest')).toContainText('1 comment');
  await expect(card(editor, 'Greets the guest')).toContainText('1 comment');
  // The editor replies; the commenter resolves the thread.
  await card(editor, 'Greets the guest').click();
  const editorThread = editor.getByRole('region', { name: 'Comments' }).getByRole('listitem').first();
  await editorThread.getByRole('button', { name: 'Reply' }).click();
  await editorThread.getByRole('textbox', { name: 'Reply' }).fill('Yes, from the service standard');
  await editorThread.getByRole('textbox', { name: 'Your name (signs your comments)' }).fill('Editor');
  await editorThread.getByRole('button', { name: 'Send reply' }).click();
  const thread = comments.getByRole('listitem').first();
  await expect(thread).toContainText('Yes, from the service standard');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(card(owner, 'Greets the guest')).not.toContainText('comment');
  // Its own comment can be edited by the commenter; the editor's reply cannot.
  await expect(thread.getByRole('button', { name: 'Edit your comment “Is the greeting scripted?”' })).toBeVisible();
  await expect(thread.getByRole('button', { name: /Edit your comment “Yes, from/ })).toHaveCount(0);
  await expect(connection(commenter)).toContainText('Connected'); // nothing it sent was refused

  // The viewer: marked, no comment form, an editing key explained.
  await expect(connection(viewer)).toContainText('View only');
  await card(viewer, 'Greets the guest').click();
  await expect(viewer.getByRole('region', { name: 'Comments' }).getByRole('textbox', { name: 'New comment' })).toHaveCount(0);
  await expect(viewer.getByRole('region', { name: 'Comments' })).toContainText('Is the greeting scripted?');
  // A double-click on a card, as a mouse user would try, is explained too.
  await card(viewer, 'Greets the guest').dblclick();
  await expect(connection(viewer)).toContainText('This link is for viewing');
  await expect(viewer.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
  await viewer.keyboard.press('n');
  await expect(viewer.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);

  // Only the owner manages links: the others see only theirs, without Revoke.
  await editor.getByRole('button', { name: 'Share' }).click();
  const theirs = editor.getByRole('dialog', { name: 'Share' });
  await expect(theirs.getByRole('textbox', { name: 'Edit link' })).toHaveValue(links.Edit!);
  await expect(theirs.getByRole('textbox', { name: 'Comment link' })).toHaveCount(0);
  await expect(theirs.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  await theirs.getByRole('button', { name: 'Close' }).click();

  // The owner revokes the comment link (after a question): the commenter is cut off with the
  // reason, the editor and viewer stay; a new comment link works and differs.
  await owner.getByRole('button', { name: 'Share' }).click();
  await dialog.getByRole('button', { name: 'Revoke the Comment link' }).click();
  const ask = owner.getByRole('dialog', { name: 'Revoke the Comment link?' });
  await expect(ask).toContainText('disconnected at once');
  await ask.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Comment link' })).toHaveCount(0);
  await expect(connection(commenter)).toContainText('This link is not valid or was revoked', { timeout: 15_000 });
  await addCard(editor, 'Backstage actions', 'Step 2', 'After the revocation');
  await expect(card(viewer, 'After the revocation')).toBeVisible();
  await expect(connection(editor)).toContainText('Connected');
  await dialog.getByRole('button', { name: 'Make a new Comment link' }).click();
  const fresh = await dialog.getByRole('textbox', { name: 'Comment link' }).inputValue();
  expect(fresh).not.toBe(links.Comment);
  const second = await person(browser, fresh);
  await expect(connection(second)).toContainText('Comment only');
  await expect(card(second, 'After the revocation')).toBeVisible();
  // What the commenter wrote before is kept on their device.
  await commenter.reload();
  await card(commenter, 'Greets the guest').click();
  await expect(commenter.getByRole('region', { name: 'Comments' })).toContainText('Is the greeting scripted?');
  // Given the edit link instead, the same person edits the same board (no second copy); a view
  // link opened by the editor afterwards does not take their edit access away.
  await commenter.goto(links.Edit);
  await expect(connection(commenter)).toContainText('Connected');
  await expect(connection(commenter)).not.toContainText('Comment only');
  await addCard(commenter, 'Support processes', 'Step 1', 'Now an editor');
  await expect(card(owner, 'Now an editor')).toBeVisible();
  await editor.goto(links.View);
  await expect(connection(editor)).toContainText('Connected');
  await expect(connection(editor)).not.toContainText('View only');
  await commenter.goto('/#/');
  await expect(commenter.getByRole('link', { name: 'Untitled service blueprint' })).toHaveCount(1);
});
