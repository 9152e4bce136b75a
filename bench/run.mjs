#!/usr/bin/env node
// Blueprint Studio benchmark: measures the budgets of design.md §5 against the production build
// in Chromium. Usage: npm run bench [-- --quick] [-- --strict]
//   --quick   small boards, one repetition (CI smoke run)
//   --strict  exit non-zero when a budget is missed
// Writes bench/results.json and prints a table.
import * as Y from 'yjs';
import { createServer, preview } from 'vite';
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { runScenarios } from './scenarios.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const strict = args.has('--strict');
const reps = quick ? 1 : 5;

const rows = [];
/** One figure next to its budget (budget null = informational). */
const record = (name, value, unit, budget = null, detail = '') =>
  rows.push({ name, value: round(value), unit, budget, pass: budget === null ? null : value <= budget, detail });
const round = (v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);

// 1. Initial JS/CSS of the app shell, gzip, and no export library in it.
const html = readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let js = 0,
  css = 0;
const forbidden = [];
for (const file of initial) {
  const content = readFileSync(`dist/${file}`);
  const size = gzipSync(content).length / 1024;
  if (file.endsWith('.js')) js += size;
  else css += size;
  for (const lib of ['jspdf', 'svg2pdf', 'html-to-image', 'html2canvas']) if (content.includes(lib)) forbidden.push(`${lib} in ${file}`);
}
record('shell JS (gzip)', js, 'KB', 250, `${readdirSync('dist/assets').length} files in dist/assets`);
record('shell CSS (gzip)', css, 'KB');
record('export libs in shell', forbidden.length, 'count', 0, forbidden.join(', ') || 'none');

// 2. Boards from the seeded generator (loaded through Vite so the model stays TypeScript).
const loader = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
const { generateBoard } = await loader.ssrLoadModule('/src/model/generate.ts');
const { layout } = await loader.ssrLoadModule('/src/model/layout.ts');
const { analyseBoard } = await loader.ssrLoadModule('/src/model/analysis/index.ts');
const { backlogOf, unaddressedProblems } = await loader.ssrLoadModule('/src/model/backlog.ts');
const { backlogTables } = await loader.ssrLoadModule('/src/files/backlogTables.ts');
const { docFromBoard, writeBoard } = await loader.ssrLoadModule('/src/document/index.ts');
const { updateCard, moveCards, toggleMarker, addMetric } = await loader.ssrLoadModule('/src/model/ops/index.ts');
/** Width of the whole board at 1×, to tell the scale a PNG was really made at. */
const pngScale = (board) => layout(board).size.width;
const { boardToCsv, RAW } = await loader.ssrLoadModule('/src/files/csv.ts');
const { boardToXlsx } = await loader.ssrLoadModule('/src/files/xlsx.ts');
/** A board whose every card shows one of these photos (a card per photo). */
const photoBoard = (photos, title) => {
  const board = generateBoard({ cards: photos.length, steps: Math.max(10, photos.length / 20), seed: 7 });
  return { ...board, id: `bd_${title.replace(/\W/g, '')}`, title, cards: board.cards.map((c, i) => ({ ...c, images: [photos[i]] })) };
};
await loader.close();
const sizes = quick ? [200] : process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [200, 2000, 10000];
const boards = Object.fromEntries(sizes.map((n) => [n, generateBoard({ cards: n, steps: Math.max(10, n / 40), seed: n })]));
const exportBoard = generateBoard({ cards: 800, steps: 100, seed: 100 });
/** A board with its opportunity cards scored and a few as solutions: what the Backlog works on. */
const withLoop = (board, seed) => ({
  ...board,
  lanes: [...board.lanes, { id: 'ln_solutions', kind: 'solution', name: 'Solutions' }],
  cards: board.cards.map((c, k) => {
    if (board.lanes.find((l) => l.id === c.laneId)?.kind !== 'opportunity') return c;
    const s = (k * 7 + seed) % 5;
    return k % 3 === 0
      ? { ...c, laneId: 'ln_solutions', solutionStatus: 'in-progress', owner: `Team ${s}`, dueDate: '2026-06-01' }
      : { ...c, customerValue: 1 + s, businessValue: 1 + ((s + 2) % 5), effort: 1 + ((s + 3) % 5) };
  }),
});
/** A 100-step board with 10 metrics, each measured at every step on 50 days: 50 000 measurements. */
function metricBoard() {
  let board = { ...generateBoard({ cards: 400, steps: 100, seed: 7 }), id: 'bd_bench_metrics', title: 'Metrics bench' };
  const measurements = [];
  for (let m = 0; m < 10; m++) {
    board = addMetric(board, { id: `mt_${m}`, name: `Metric ${m + 1}`, kind: 'custom', direction: m % 2 ? 'lower' : 'higher', target: 50 });
    board.steps.forEach((step, s) => {
      for (let d = 0; d < (quick ? 5 : 50); d++) {
        const date = new Date(Date.UTC(2025, 0, 1 + d * 7)).toISOString().slice(0, 10);
        measurements.push({ id: `ms_${m}_${s}_${d}`, metricId: `mt_${m}`, stepId: step.id, date, value: (m * 13 + s * 7 + d * 3) % 100 });
      }
    });
  }
  return { ...board, measurements };
}
/** A measurements file of `rows` rows for `board`: one metric it has (NPS) and one it has not (Waiting time, from the library). */
function measurementsCsv(board, rows) {
  const lines = ['metric,step,date,value,source,n'];
  for (let i = 0; i < rows; i++) {
    const step = board.steps[i % board.steps.length];
    const date = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / board.steps.length))).toISOString().slice(0, 10);
    lines.push(
      i % 2 ? `NPS,${step.name},${date},${(i % 200) - 100},Survey,${1 + (i % 50)}` : `Waiting time,${step.name},${date},${i % 30},Ticket system,`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}
const importBoard = addMetric(
  { ...generateBoard({ cards: 200, steps: 20, seed: 11 }), id: 'bd_bench_import', title: 'Import bench' },
  { id: 'mt_nps', name: 'NPS', kind: 'nps', direction: 'higher', min: -100, max: 100, target: 30 },
);
const measured = { board: metricBoard(), importBoard, csv: measurementsCsv(importBoard, quick ? 1000 : 100_000) };
const portfolioBoards = Array.from({ length: quick ? 5 : 50 }, (_, i) => ({
  ...withLoop(generateBoard({ cards: 500, steps: 12, seed: 1000 + i }), i),
  id: `bd_portfolio_${i}`,
  title: `Portfolio ${i}`,
}));

/**
 * Times `work` on the reference board after an edit (one card's text changed each run, a new
 * board object each time, so nothing is cached) and records the median against `budget` ms.
 */
function timeRecompute(name, base, work, note) {
  const n = quick ? sizes[0] : 2000;
  const times = [];
  for (let i = 0; i < (quick ? 5 : 40); i++) {
    const board = { ...base, cards: base.cards.map((c, k) => (k === i ? { ...c, text: `${c.text} ${i}` } : c)) };
    const t0 = performance.now();
    work(board);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  record(
    `${name}, ${n} cards (median)`,
    times[Math.floor(times.length / 2)],
    'ms',
    n === 2000 ? 20 : null,
    `max ${Math.round(times.at(-1))} ms over ${times.length} runs, ${note}`,
  );
}
const reference = boards[quick ? sizes[0] : 2000];

// 3. Every analysis recomputed after an edit.
timeRecompute('recompute every analysis', reference, (board) => analyseBoard(board), 'the first includes warm-up');

// 3b. The Backlog recomputed after an edit: backlog, its tables and what no opportunity addresses.
timeRecompute(
  'recompute the Backlog',
  withLoop(reference, 1),
  (board) => {
    const backlog = backlogOf(board, '2026-12-01');
    backlogTables(board, backlog, (key) => key);
    unaddressedProblems(board, analyseBoard(board));
  },
  'with every analysis for "not yet addressed"',
);

// 4. Stored size of the reference board after 10 000 edits, as y-dexie stores them: one update
// per edit until its periodic compaction merges them into one (Yjs garbage collection on).
{
  const n = quick ? sizes[0] : 2000;
  let board = boards[n];
  const doc = docFromBoard(board);
  const initial = Y.encodeStateAsUpdateV2(doc).length;
  let updates = 0;
  doc.on('updateV2', (u) => (updates += u.length));
  const edits = quick ? 1000 : 10000;
  for (let i = 0; i < edits; i++) {
    const card = board.cards[(i * 7919) % board.cards.length];
    // Mostly typing (a word typed key by key into a card), some moves and marker changes.
    const next =
      i % 50 === 0
        ? moveCards(board, [card.id], { laneId: board.lanes[i % board.lanes.length].id, stepId: board.steps[i % board.steps.length].id, index: 0 })
        : i % 25 === 0
          ? toggleMarker(board, card.id, 'wait', i % 2 === 0)
          : updateCard(board, card.id, { text: `${card.text}${'abcdefghij'[i % 10]}` });
    doc.transact(() => writeBoard(doc, board, next));
    board = next;
  }
  const compacted = Y.encodeStateAsUpdateV2(doc).length;
  record(`stored size, ${n} cards: new`, initial / 1024, 'KB');
  record(`stored size after ${edits} edits, before compaction`, (initial + updates) / 1024, 'KB', null, 'one update per edit');
  record(
    `stored size after ${edits} edits, compacted`,
    compacted / 1024,
    'KB',
    null,
    `JSON of the board: ${Math.round(JSON.stringify(board).length / 1024)} KB`,
  );
}

// The build just made, on a free port (never a server that happens to be running).
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const baseURL = `http://127.0.0.1:${server.httpServer.address().port}`;
const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
try {
  // The 2 000-card board as the files a team brings in: its CSV and its workbook.
  const tableBoard = boards[quick ? sizes[0] : 2000];
  const tables = {
    cards: tableBoard.cards.length,
    csv: Buffer.from(boardToCsv(tableBoard)),
    xlsx: Buffer.from(await boardToXlsx(tableBoard, { labels: RAW, cardsSheet: 'Cards', gridSheet: 'Grid' }, [])),
  };
  await runScenarios({ browser, baseURL, boards, exportBoard, portfolioBoards, measured, sizes, reps, quick, record, pngScale, photoBoard, tables });
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}

// Report.
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('scenario', 52)}${pad('value', 12)}${pad('budget', 10)}result`);
for (const r of rows) {
  const result = r.pass === null ? '' : r.pass ? 'pass' : 'FAIL';
  console.log(
    `${pad(r.name, 52)}${pad(`${r.value} ${r.unit}`, 12)}${pad(r.budget === null ? '—' : `${r.budget} ${r.unit}`, 10)}${result}${r.detail ? `  (${r.detail})` : ''}`,
  );
}
const results = { date: new Date().toISOString(), quick, cores: (await import('node:os')).cpus().length, rows };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const failed = rows.filter((r) => r.pass === false);
console.log(`\n${rows.length} figures, ${failed.length} over budget; written to bench/results.json`);
if (strict && failed.length) process.exit(1);
