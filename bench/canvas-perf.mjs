#!/usr/bin/env node
// Canvas timings on a generated 2 000-card / 1 000-connector board, in Chromium against the
// production build (run `npx vite build` first; a preview server is started on port 4174).
// Prints open time, text-edit commit time and drag frame times (p50 / p95 / max).
import { createServer, preview } from 'vite';
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';

const loader = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
const { generateBoard } = await loader.ssrLoadModule('/src/model/generate.ts');
await loader.close();
const board = generateBoard({ cards: 2000, steps: 50 });

const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'silent' });
const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 850 }, locale: 'en-US' });
await page.goto('http://localhost:4174/');
await page.getByRole('heading', { name: 'Boards' }).waitFor();
await page.evaluate(async (doc) => {
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('blueprint-studio');
    open.onsuccess = () => {
      const tx = open.result.transaction('boards', 'readwrite');
      tx.objectStore('boards').put({ id: doc.id, title: doc.title, updatedAt: new Date().toISOString(), revision: 1, doc });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}, board);
await page.reload();

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const results = {};

// Open: click in the library → first card painted and the title editable.
const t0 = Date.now();
await page.getByRole('link', { name: board.title }).click();
await page.getByRole('article').first().waitFor();
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
results.openMs = Date.now() - t0;

// Edit: one keystroke in a card editor → next paint.
const first = page.getByRole('article').first();
await first.dblclick();
const editor = page.getByRole('textbox', { name: 'Card text' });
await editor.waitFor();
const edits = [];
for (let i = 0; i < 15; i++) {
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const ta = document.activeElement;
    const start = performance.now();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(ta, ta.value + 'x');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  }));
  edits.push(ms);
}
await editor.press('Enter');
results.editMs = { p50: quantile(edits, 0.5), p95: quantile(edits, 0.95) };

// Drag: a card across lanes with the real mouse, recording frame intervals.
const cardEl = page.getByRole('article').nth(3);
const box = await cardEl.boundingBox();
await page.evaluate(() => {
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
  window.__recording = true;
  requestAnimationFrame(tick);
});
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
await page.mouse.down();
for (let i = 1; i <= 60; i++) await page.mouse.move(box.x + box.width / 2 + i * 2, box.y + box.height / 2 + i * 5);
await page.mouse.up();
const frames = await page.evaluate(() => { window.__recording = false; return window.__frames.slice(2); });
results.dragFrameMs = { p50: quantile(frames, 0.5), p95: quantile(frames, 0.95), max: Math.max(...frames), frames: frames.length };

console.log(JSON.stringify(results, null, 2));
await browser.close();
await new Promise((r) => server.httpServer.close(r));
