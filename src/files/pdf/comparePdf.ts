import { jsPDF } from 'jspdf';
import { layout } from '../../model';
import { drawRegion, type RegionMarks } from '../draw/drawBoard';
import { flowAnalysis } from '../draw/drawAnalysis';
import type { ComparedPair } from '../compareTables';
import { MARGIN, TITLE, planPages } from './pages';
import { glyphFilter, loadCjkFont, measuringOnly, needsCjk, pdfPainter, titleBlock, type PdfOptions, type PdfResult } from './pdf';

export interface ComparisonPdfOptions extends PdfOptions {
  /** What to mark on each scenario. */
  marks: [RegionMarks, RegionMarks];
  /** Each board page's subtitle (which scenario it is). */
  subtitles: [string, string];
}

/**
 * Two scenarios on paper: each board fitted to a page of its own as vectors, its differences
 * marked, then the comparison's tables (`options.analysis`) flowed over as many pages as they take.
 */
export async function exportComparisonPdf(pair: ComparedPair, options: ComparisonPdfOptions): Promise<PdfResult> {
  const boards = [pair.a, pair.b] as const;
  const plans = boards.map((b) => planPages(b, { ...options, mode: 'fit' }));
  const { pageW, pageH } = plans[0]!;
  const doc = new jsPDF({ unit: 'pt', format: [pageW, pageH], orientation: options.orientation, compress: true });
  const font = boards.some((b) => needsCjk(b, options)) ? await loadCjkFont(doc) : null;
  const glyphs = glyphFilter(doc, font);
  const painter = (s: number, x: number, y: number) => pdfPainter(doc, font, glyphs, s, x, y);
  const contentW = pageW - 2 * MARGIN,
    contentH = pageH - 2 * MARGIN - TITLE;
  const tablePages = options.analysis ? flowAnalysis(options.analysis, contentW, contentH, () => measuringOnly(painter(1, 0, 0))) : 0;
  const total = boards.length + tablePages;
  boards.forEach((board, i) => {
    if (i > 0) doc.addPage([pageW, pageH], options.orientation);
    titleBlock(doc, font, glyphs, board, options.subtitles[i]!, i + 1, total, pageW, options);
    const all = { stepFrom: 0, stepTo: board.steps.length, laneFrom: 0, laneTo: board.lanes.length };
    drawRegion(painter(plans[i]!.scale, MARGIN, MARGIN + TITLE), board, layout(board), all, options.texts, { marks: options.marks[i] });
    options.onProgress?.(i + 1, total);
  });
  if (options.analysis)
    flowAnalysis(options.analysis, contentW, contentH, (i) => {
      doc.addPage([pageW, pageH], options.orientation);
      titleBlock(doc, font, glyphs, pair.b, options.texts.analysis, boards.length + i + 1, total, pageW, options);
      return painter(1, MARGIN, MARGIN + TITLE);
    });
  options.onProgress?.(total, total);
  doc.setProperties({ title: `${pair.a.title} — ${pair.names[0]} / ${pair.names[1]}`, creator: 'Blueprint Studio' });
  return { blob: doc.output('blob'), replaced: [...glyphs.replaced] };
}
