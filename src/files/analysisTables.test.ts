import { describe, expect, it } from 'vitest';
import { analyseBoard, generateBoard } from '../model';
import { knownBoard } from '../model/test/knownBoard';
import { analysisSections, tableToCsv, type Translate } from './analysisTables';
import { flowAnalysis, type AnalysisPdf } from './draw/drawAnalysis';
import type { Painter } from './draw/painter';

/** Keys and options as text, so a test sees what was asked for without a catalogue. */
const t: Translate = (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key);

const pdfOf = (board = knownBoard()): AnalysisPdf => {
  const analysis = analyseBoard(board);
  return {
    sections: analysisSections(board, analysis, t, 'en'),
    priorities: analysis.priorities,
    cardText: new Map(board.cards.map((c) => [c.id, c.text])),
    chart: {
      title: 'chart',
      importance: 'imp',
      performance: 'perf',
      quadrants: { concentrate: 'C', 'keep-up': 'K', 'low-priority': 'L', overkill: 'O' },
    },
  };
};

/** Records the text drawn on each page; measures 5 units per character and wraps nothing. */
function recorder() {
  const pages: string[][] = [];
  const page = (i: number): Painter => {
    pages[i] = [];
    return {
      rect() {},
      polyline() {},
      curve() {},
      triangle() {},
      picture() {},
      within: (_c, _x, _y, draw) => draw(),
      text: (text) => void pages[i]!.push(text),
      measure: (text) => text.length * 5,
      wrap: (text) => [text],
    };
  };
  return { pages, page };
}

describe('analysis tables', () => {
  it('label the figures of every section, in order', () => {
    const sections = analysisSections(knownBoard(), analyseBoard(knownBoard()), t, 'en');
    expect(sections.map((s) => s.id)).toEqual(['priorities', 'failures', 'time', 'handoffs', 'servqual', 'emotions', 'evidence']);
    const steps = sections.find((s) => s.id === 'time')!.tables.find((x) => x.id === 'time-steps')!;
    // Customer time (5th column) and staff effort (6th) side by side; only the bottleneck is marked.
    expect(steps.rows.map((r) => [r.cells[1], r.cells[4], r.cells[5], r.marked])).toEqual([
      ['Arrive', '5', '2', false],
      ['Seat', '15', '8', true],
      ['Order', '4', '4', false],
    ]);
    const handoffs = sections.find((s) => s.id === 'handoffs')!.tables.find((x) => x.id === 'handoff-owners')!;
    expect(handoffs.columns.slice(1)).toEqual(['Host', 'Kitchen', 'Vendor Ltd']);
    expect(handoffs.rows.map((r) => r.cells)).toEqual([
      ['Host', '', '1', ''],
      ['Kitchen', '', '', '1'],
      ['Vendor Ltd', '', '1', ''],
    ]);
  });

  it('write CSV with numbers as numbers and text quoted where needed', () => {
    const failures = analysisSections(knownBoard(), analyseBoard(knownBoard()), t, 'en').find((s) => s.id === 'failures')!.tables[0]!;
    const lines = tableToCsv(failures)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[1]).toBe(
      'Prepare table,Arrival,Seat,Kitchen,3,No clean tables,,Kitchen,"analysis.failures.noRecovery, analysis.failures.emotionalLow"',
    );
    const gaps = analysisSections(knownBoard(), analyseBoard(knownBoard()), t, 'en')[0]!.tables[0]!;
    expect(tableToCsv(gaps).split('\r\n')[4]).toContain(',-3,'); // a negative gap stays a number, not a defused formula
  });
});

describe('analysis pages', () => {
  it('fit one page when there is room, and take more pages, each starting with the table header, when there is not', () => {
    expect(flowAnalysis(pdfOf(), 800, 5000, recorder().page)).toBe(1);
    const board = generateBoard({ cards: 400, steps: 20, seed: 3 });
    const { pages, page } = recorder();
    const count = flowAnalysis(pdfOf(board), 800, 500, page);
    const dry = flowAnalysis(pdfOf(board), 800, 500, recorder().page);
    expect(count).toBe(dry); // the dry run's count is the real one
    expect(count).toBe(pages.length);
    expect(count).toBeGreaterThan(3);
    // The touchpoint table runs over several pages; every page it continues on repeats its header.
    const onPages = pages.filter((texts) => texts.includes('analysis.priorities.gap'));
    expect(onPages.length).toBeGreaterThan(1);
    for (const texts of onPages) expect(texts.indexOf('analysis.card')).toBeLessThan(texts.indexOf('analysis.priorities.gap'));
  });
});

describe('appendix pages', () => {
  const rowsTable = (n: number) => ({
    id: 'comments' as const,
    title: 'Comments',
    notes: [],
    tables: [
      {
        id: 'comments',
        caption: 'Threads',
        columns: ['Card', 'Comment'],
        rows: Array.from({ length: n }, (_, i) => ({ cells: [`card ${i}`, `row ${i}`] })),
      },
    ],
  });
  const pdfWith = (sections: AnalysisPdf['sections']): AnalysisPdf => ({ ...pdfOf(), sections });

  it('titles each page by the section on it (the comments appendix is not "Analysis") and never leaves a table’s last row alone', () => {
    // Heading 16.25 + 6, caption 15.25 + 4, header and rows 16 each: 30 rows need 537.5 units. On a
    // 530-unit page 29 rows fit, so the 30th would stand alone on page 2: the 29th goes with it.
    const seen: string[] = [];
    const { pages, page } = recorder();
    const count = flowAnalysis(pdfWith([rowsTable(30)]), 800, 530, (i, section) => {
      seen.push(section);
      return page(i);
    });
    expect(seen.every((s) => s === 'comments')).toBe(true);
    expect(count).toBe(2);
    // Page 2 holds the table's header again and at least two rows: the last row is never alone.
    const rowsOnLast = pages[1]!.filter((text) => /^row \d+$/.test(text));
    expect(rowsOnLast.length).toBeGreaterThanOrEqual(2);
    expect(rowsOnLast.at(-1)).toBe('row 29');
  });
});
