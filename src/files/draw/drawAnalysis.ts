import type { Priorities, Quadrant } from '../../model';
import type { AnalysisSection, AnalysisTable } from '../analysisTables';
import type { Painter } from './painter';

/** What the PDF appendix draws: the sections' tables and the priorities chart. */
export interface AnalysisPdf {
  sections: AnalysisSection[];
  priorities: Priorities;
  /** Card texts by id, for the chart's labels. */
  cardText: Map<string, string>;
  chart: { title: string; importance: string; performance: string; quadrants: Record<Quadrant, string> };
}

const SIZE = { heading: 13, note: 9, caption: 9, cell: 8 };
const LINE = 1.25; // line height as a multiple of the font size
const PAD = 3;
const QUADRANT_COLORS: Record<Quadrant, string> = { concentrate: '#b91c1c', 'keep-up': '#15803d', 'low-priority': '#475569', overkill: '#1d4ed8' };

/**
 * Flows the analysis over as many pages as it needs, `width` × `height` each (points, from the
 * page's content origin): headings, notes, tables with their header row repeated on every page.
 * `page(i)` starts page i and returns its painter. Returns the number of pages used, so a dry
 * run with a painter that only measures tells the page count before anything is drawn.
 */
export function flowAnalysis(a: AnalysisPdf, width: number, height: number, page: (index: number) => Painter): number {
  let index = 0;
  let p = page(index);
  let y = 0;
  const need = (h: number) => {
    if (y + h <= height || y === 0) return;
    p = page(++index);
    y = 0;
  };
  const lines = (text: string, size: number, w: number) => p.wrap(text, w, size);

  for (const section of a.sections) {
    // A heading stays with its notes and the start of what follows (never alone at a page's foot).
    const notes = section.notes.flatMap((note) => lines(note, SIZE.note, width));
    need(SIZE.heading * LINE + 6 + notes.length * SIZE.note * LINE + 72);
    y += SIZE.heading * LINE;
    p.text(section.title, 0, y, { size: SIZE.heading, bold: true });
    y += 6;
    for (const l of notes) {
      y += SIZE.note * LINE;
      p.text(l, 0, y, { size: SIZE.note, color: '#334155' });
    }
    if (section.id === 'priorities' && a.priorities.rows.some((r) => r.quadrant)) {
      const side = Math.min(260, width);
      need(side + 10);
      drawChart(p, a, 0, y + 8, side);
      y += side + 16;
    }
    for (const table of section.tables) drawTable(table);
    y += 10;
  }
  return index + 1;

  function drawTable(table: AnalysisTable) {
    const widths = columnWidths(p, table, width);
    const cellLines = (cells: string[], bold = false) => cells.map((c, i) => (bold ? [c] : lines(c || ' ', SIZE.cell, widths[i]! - 2 * PAD)));
    const headerLines = table.columns.map((c, i) => lines(c, SIZE.cell, widths[i]! - 2 * PAD));
    const rowHeight = (ls: string[][]) => Math.max(...ls.map((l) => l.length)) * SIZE.cell * LINE + 2 * PAD;
    const header = () => {
      const h = rowHeight(headerLines);
      drawRow(headerLines, h, '#f1f5f9', true);
    };
    const drawRow = (ls: string[][], h: number, fill: string | undefined, bold: boolean) => {
      if (fill) p.rect(0, y, width, h, { fill });
      let x = 0;
      ls.forEach((cell, i) => {
        cell.forEach((l, k) => p.text(l, x + PAD, y + PAD + (k + 1) * SIZE.cell * LINE - 2, { size: SIZE.cell, bold }));
        x += widths[i]!;
      });
      p.polyline(
        [
          { x: 0, y: y + h },
          { x: width, y: y + h },
        ],
        { color: '#cbd5e1', width: 0.5 },
      );
      y += h;
    };
    const captionHeight = SIZE.caption * LINE + 4;
    need(captionHeight + rowHeight(headerLines) + SIZE.cell * LINE * 2 + 2 * PAD);
    y += SIZE.caption * LINE + 4;
    p.text(table.caption, 0, y, { size: SIZE.caption, bold: true, color: '#334155' });
    y += 4;
    header();
    if (!table.rows.length) {
      y += SIZE.cell * LINE;
      p.text('—', PAD, y, { size: SIZE.cell, color: '#475569' });
      y += PAD;
    }
    for (const row of table.rows) {
      const ls = cellLines(row.cells);
      const h = rowHeight(ls);
      if (y + h > height) {
        p = page(++index);
        y = 0;
        header(); // the header row again on the new page
      }
      drawRow(ls, h, row.marked ? '#fef3c7' : undefined, false);
    }
    y += 6;
  }
}

/** Columns as wide as their text wants, shrunk in proportion (never below a minimum) to fit the page. */
function columnWidths(p: Painter, table: AnalysisTable, width: number): number[] {
  const natural = table.columns.map(
    (c, i) => Math.max(p.measure(c, SIZE.cell, true), ...table.rows.map((r) => p.measure(r.cells[i] ?? '', SIZE.cell))) + 2 * PAD,
  );
  const capped = natural.map((w) => Math.min(Math.max(w, 36), 220));
  const total = capped.reduce((a, b) => a + b, 0);
  return capped.map((w) => (w / total) * width);
}

/** The importance × performance grid, as on screen: performance across, importance up. */
function drawChart(p: Painter, a: AnalysisPdf, x0: number, y0: number, side: number) {
  const pad = 28,
    span = side - 2 * pad;
  const px = (v: number) => x0 + pad + ((v - 1) / 4) * span;
  const py = (v: number) => y0 + pad + ((5 - v) / 4) * span;
  p.rect(x0 + pad, y0 + pad, span, span, { fill: '#f8fafc', stroke: '#94a3b8', lineWidth: 0.5 });
  const { importance: si, performance: sp } = a.priorities.split;
  p.polyline(
    [
      { x: px(sp), y: y0 + pad },
      { x: px(sp), y: y0 + pad + span },
    ],
    { color: '#64748b', width: 0.5, dash: [3, 2] },
  );
  p.polyline(
    [
      { x: x0 + pad, y: py(si) },
      { x: x0 + pad + span, y: py(si) },
    ],
    { color: '#64748b', width: 0.5, dash: [3, 2] },
  );
  const q = a.chart.quadrants,
    style = { size: 7, bold: true, color: '#334155' };
  p.text(q.concentrate, x0 + pad + 3, y0 + pad + 9, style);
  p.text(q['keep-up'], x0 + pad + span - 3, y0 + pad + 9, { ...style, align: 'right' });
  p.text(q['low-priority'], x0 + pad + 3, y0 + pad + span - 4, style);
  p.text(q.overkill, x0 + pad + span - 3, y0 + pad + span - 4, { ...style, align: 'right' });
  for (let v = 1; v <= 5; v++) {
    p.text(String(v), px(v), y0 + pad + span + 10, { size: 7, align: 'center', color: '#334155' });
    p.text(String(v), x0 + pad - 5, py(v) + 2.5, { size: 7, align: 'right', color: '#334155' });
  }
  p.text(a.chart.performance, x0 + pad + span / 2, y0 + side - 2, { size: 8, align: 'center', color: '#334155' });
  p.text(a.chart.importance, x0 + 2, y0 + pad - 8, { size: 8, color: '#334155' });
  const seen = new Map<string, number>();
  for (const r of a.priorities.rows) {
    if (!r.quadrant) continue;
    const key = `${r.importance}:${r.performance}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const angle = k * 2.4,
      radius = k ? 4 + 1.6 * Math.sqrt(k) : 0;
    const cx = px(r.performance!) + radius * Math.cos(angle),
      cy = py(r.importance!) + radius * Math.sin(angle);
    p.rect(cx - 3, cy - 3, 6, 6, { fill: QUADRANT_COLORS[r.quadrant], radius: 3 });
    // Name the dots of the important quadrant, where action is needed.
    if (r.quadrant === 'concentrate' && k < 6)
      p.text(truncate(a.cardText.get(r.cardId) ?? '', 28), cx + 5, cy + 2.5, { size: 6.5, color: '#0f172a' });
  }
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
