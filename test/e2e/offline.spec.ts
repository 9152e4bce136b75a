import { expect, test } from '@playwright/test';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { addCard, card, exportAs, newBoard, openLibrary, saved } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('loaded once online, the app opens offline: library, a board, editing, saving, PDF export; the edit survives another reload', async ({
  page,
  context,
}) => {
  await openLibrary(page);
  // The service worker has installed the app and controls the page.
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Boards' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toBeVisible();
  await newBoard(page); // a new board, made offline
  await addCard(page, 'Customer actions', 'Step 1', 'Written offline');
  await saved(page);
  const pdf = await exportAs(page, 'PDF'); // its code was precached with the app
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

  await page.reload();
  await expect(card(page, 'Written offline')).toBeVisible();
});

test('installable: the page links a web app manifest with a name, a theme colour and icons', async ({ page, request }) => {
  await openLibrary(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).toString())).json();
  expect(manifest).toMatchObject({ short_name: 'Blueprint Studio', theme_color: '#1f4e8c', display: 'standalone' });
  expect(manifest.name).toContain('服务蓝图');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

/** Serves a build from a folder that can be swapped, as a deploy would. */
async function serveBuild(first: string) {
  const at = { dir: first };
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.webmanifest': 'application/manifest+json',
    '.ttf': 'font/ttf',
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const file = join(at.dir, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, at, close: () => new Promise((r) => server.close(r)) };
}

test('a new version waits: "A new version is available — Reload" appears, and the page reloads into it only when asked, edits kept', async ({
  page,
}) => {
  // The second build: the same app with a changed page, as after a deploy.
  const next = join(test.info().outputPath('next'));
  cpSync('dist', next, { recursive: true });
  writeFileSync(
    join(next, 'index.html'),
    readFileSync(join(next, 'index.html'), 'utf8').replace('</head>', '<meta name="app-build" content="next"></head>'),
  );
  writeFileSync(
    join(next, 'sw.js'),
    readFileSync(join(next, 'sw.js'), 'utf8').replace(/url:"index.html",revision:"[0-9a-f]+"/, 'url:"index.html",revision:"next"'),
  );
  const server = await serveBuild('dist');
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Boards' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    await page.getByRole('link', { name: 'Restaurant visit' }).click();
    await page.getByRole('textbox', { name: 'Board title' }).fill('Restaurant visit, edited before the update');

    server.at.dir = next;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Nothing happens by itself: the page is still the old one, the title still being typed.
    await expect(page.locator('meta[name="app-build"]')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Restaurant visit, edited before the update');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="app-build"]')).toHaveCount(1, { timeout: 20_000 });
    await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Restaurant visit, edited before the update');
  } finally {
    await server.close();
  }
});

test('offline PDF with Chinese text: a clear message until the font was used once online, then it works offline too', async ({ page, context }) => {
  await openLibrary(page);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  await newBoard(page);
  await page.getByRole('textbox', { name: 'Board title' }).fill('餐厅服务蓝图');
  await saved(page);

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByText('the Chinese font is needed for this board and could not be loaded. Export once while online')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await context.setOffline(false);
  expect(
    readFileSync(await exportAs(page, 'PDF'))
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-'); // the font is fetched, and kept
  await context.setOffline(true);
  await page.reload(); // a fresh page: the font comes from the service worker's cache, not from memory
  const pdf = await exportAs(page, 'PDF');
  expect(readFileSync(pdf).includes('NotoSansSC')).toBe(true);
});
