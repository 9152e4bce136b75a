import { expect, test } from '@playwright/test';
import { knownBoard } from '../../src/model/test/knownBoard';
import { card, openBoard, seedBoard } from './helpers';

test('the built page carries a strict Content-Security-Policy: scripts only from the app, nothing else fetched but the sync server', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("default-src 'self'");
});

test('a board whose colours are not colours (a url() beacon) is drawn without them: the page never fetches the address', async ({ page }) => {
  const board = knownBoard();
  const beacon = 'http://127.0.0.1:9/beacon.png';
  const hostile = {
    ...board,
    id: 'hostile',
    title: 'Hostile colours',
    stages: board.stages.map((s) => ({ ...s, color: `url(${beacon}?stage)` })),
    cards: board.cards.map((c, i) => (i === 0 ? { ...c, color: `url(${beacon}?card)` } : c)),
    personas: board.personas.map((p) => ({ ...p, color: `url(${beacon}?persona)` })),
  };
  const asked: string[] = [];
  page.on('request', (r) => r.url().includes('beacon') && asked.push(r.url()));
  await seedBoard(page, hostile);
  await openBoard(page, 'Hostile colours');
  await expect(card(page, 'Arrive')).toBeVisible();
  // The persona's colour is a colour again (the colour picker shows it), its name kept.
  await expect(page.getByRole('textbox', { name: 'Persona name' })).toHaveValue('Guest');
  await expect(page.getByLabel('Colour of Guest')).toHaveValue(/^#[0-9a-f]{6}$/);
  expect(asked).toEqual([]);
  const background = await card(page, 'Arrive').evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(background).toBe('none');
});
