import type { Priorities, Quadrant } from '../../model';
import type { AnalysisSection, AnalysisTable } from '../analysisTables';
import type { Painter } from './painter';
import { INK, QUADRANT_INK } from './ink';

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

/**
 * Flows the analysis over as many pages as it needs, `width` × `height` each (points, from the
 * page's content origin): headings, notes, tables with their header row repeated on every page.
 * `page(i)` starts page i and returns its painter. Returns the number of pages used, so a dry
 * run with a painter that only measures tells the page count before anything is drawn.
 */
export function flowAnalysis(
  a: AnalysisPdf,
  width: number,
  height: number,
  page: (index: number, section: AnalysisSection['id']) => Painter,
): number {
  let index = 0;
  let section: AnalysisSection['id'] = a.sections[0]?.id ?? 'priorities';
  let p = page(index, section);
  let y = 0;
  const need = (h: number) => {
    if (y + h <= height || y === 0) return;
    p = page(++index, section);
    y = 0;
  };
  const lines = (text: string, size: number, w: number) => p.wrap(text, w, size);

  for (const s of a.sections) {
    section = s.id;
    drawSection(s);
  }
  return index + 1;

  function drawSection(section: AnalysisSection) {
    // A heading stays with its notes and the start of what follows (never alone at a page's foot).
    const notes = section.notes.flatMap((note) => lines(note, SIZE.note, width));
    need(SIZE.heading * LINE + 6 + notes.length * SIZE.note * LINE + 72);
    y += SIZE.heading * LINE;
    p.text(section.title, 0, y, { size: SIZE.heading, bold: true });
    y += 6;
    for (const l of notes) {
      y += SIZE.note * LINE;
      p.text(l, 0, y, { size: SIZE.note, color: INK.fgSoft });
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

  function drawTable(table: AnalysisTable) {
    const widths = columnWidths(p, table, width);
    const cellLines = (cells: string[], bold = false) => cells.map((c, i) => (bold ? [c] : lines(c || ' ', SIZE.cell, widths[i]! - 2 * PAD)));
    const headerLines = table.columns.map((c, i) => lines(c, SIZE.cell, widths[i]! - 2 * PAD));
    const rowHeight = (ls: string[][]) => Math.max(...ls.map((l) => l.length)) * SIZE.cell * LINE + 2 * PAD;
    const header = () => {
      const h = rowHeight(headerLines);
      drawRow(headerLines, h, INK.surfaceMuted, true);
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
        { color: INK.border, width: 0.5 },
      );
      y += h;
    };
    const captionHeight = SIZE.caption * LINE + 4;
    need(captionHeight + rowHeight(headerLines) + SIZE.cell * LINE * 2 + 2 * PAD);
    y += SIZE.caption * LINE + 4;
    p.text(table.caption, 0, y, { size: SIZE.caption, bold: true, color: INK.fgSoft });
    y += 4;
    header();
    if (!table.rows.length) {
      y += SIZE.cell * LINE;
      p.text('—', PAD, y, { size: SIZE.cell, color: INK.fgMuted });
      y += PAD;
    }
    const rows = table.rows.map((row) => ({ row, ls: cellLines(row.cells) }));
    for (let i = 0; i < rows.length; i++) {
      const { row, ls } = rows[i]!;
      const h = rowHeight(ls);
      // A table never ends with one row alone on a page: the row before it goes along.
      const nextH = i === rows.length - 2 ? rowHeight(rows[i + 1]!.ls) : 0;
      const alone = i > 0 && nextH > 0 && y + h <= height && y + h + nextH > height;
      if (y + h > height || alone) {
        p = page(++index, section);
        y = 0;
        header(); // the header row again on the new page
      }
      drawRow(ls, h, row.marked ? INK.warnSoft : undefined, false);
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
    span = side - 2 * pad,
    inset = 10; // ratings of 1 and 5 sit inside the frame, never on or past its edge
  const px = (v: number) => x0 + pad + inset + ((v - 1) / 4) * (span - 2 * inset);
  const py = (v: number) => y0 + pad + inset + ((5 - v) / 4) * (span - 2 * inset);
  p.rect(x0 + pad, y0 + pad, span, span, { fill: INK.bg, stroke: INK.line, lineWidth: 0.5 });
  const { importance: si, performance: sp } = a.priorities.split;
  p.polyline(
    [
      { x: px(sp), y: y0 + pad },
      { x: px(sp), y: y0 + pad + span },
    ],
    { color: INK.lane, width: 0.5, dash: [3, 2] },
  );
  p.polyline(
    [
      { x: x0 + pad, y: py(si) },
      { x: x0 + pad + span, y: py(si) },
    ],
    { color: INK.lane, width: 0.5, dash: [3, 2] },
  );
  const q = a.chart.quadrants,
    style = { size: 7, bold: true, color: INK.fgSoft };
  p.text(q.concentrate, x0 + pad + 3, y0 + pad + 9, style);
  p.text(q['keep-up'], x0 + pad + span - 3, y0 + pad + 9, { ...style, align: 'right' });
  p.text(q['low-priority'], x0 + pad + 3, y0 + pad + span - 4, style);
  p.text(q.overkill, x0 + pad + span - 3, y0 + pad + span - 4, { ...style, align: 'right' });
  for (let v = 1; v <= 5; v++) {
    p.text(String(v), px(v), y0 + pad + span + 10, { size: 7, align: 'center', color: INK.fgSoft });
    p.text(String(v), x0 + pad - 5, py(v) + 2.5, { size: 7, align: 'right', color: INK.fgSoft });
  }
  p.text(a.chart.performance, x0 + pad + span / 2, y0 + side - 2, { size: 8, align: 'center', color: INK.fgSoft });
  p.text(a.chart.importance, x0 + 2, y0 + pad - 8, { size: 8, color: INK.fgSoft });
  const seen = new Map<string, number>();
  // Labels are placed where they cover no other label or quadrant name (or left out: the table lists every touchpoint).
  const placed: Box[] = [
    { x: x0 + pad, y: y0 + pad, w: span, h: 12 },
    { x: x0 + pad, y: y0 + pad + span - 12, w: span, h: 12 },
  ];
  const frame = { x: x0 + pad, y: y0 + pad, w: span, h: span };
  const label = (text: string, cx: number, cy: number) => {
    const w = p.measure(text, 6.5),
      h = 8;
    const options: Box[] = [
      { x: cx + 5, y: cy - h / 2, w, h },
      { x: cx - 5 - w, y: cy - h / 2, w, h },
      { x: cx - w / 2, y: cy - 5 - h, w, h },
      { x: cx - w / 2, y: cy + 5, w, h },
    ];
    const spot = options.find((b) => inside(b, frame) && !placed.some((o) => overlaps(b, o)));
    if (!spot) return;
    placed.push(spot);
    p.text(text, spot.x, spot.y + h - 1.5, { size: 6.5, color: INK.fg });
  };
  const dots: Box[] = [];
  for (const r of a.priorities.rows) {
    if (!r.quadrant) continue;
    const key = `${r.importance}:${r.performance}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const angle = k * 2.4,
      radius = k ? 4 + 1.6 * Math.sqrt(k) : 0;
    const cx = px(r.performance!) + radius * Math.cos(angle),
      cy = py(r.importance!) + radius * Math.sin(angle);
    p.rect(cx - 3, cy - 3, 6, 6, { fill: QUADRANT_INK[r.quadrant], radius: 3 });
    dots.push({ x: cx - 3, y: cy - 3, w: 6, h: 6, id: r.cardId, quadrant: r.quadrant });
  }
  placed.push(...dots);
  // Name the dots of the important quadrant, where action is needed.
  for (const d of dots) if (d.quadrant === 'concentrate') label(truncate(a.cardText.get(d.id!) ?? '', 28), d.x + 3, d.y + 3);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  id?: string;
  quadrant?: string;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, f: Box) => a.x >= f.x && a.y >= f.y && a.x + a.w <= f.x + f.w && a.y + a.h <= f.y + f.h;

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
