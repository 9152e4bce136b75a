import type { TFunction } from 'i18next';
import { analyseBoard, backlogOf, localDay, QUADRANTS, type Board } from '../../model';
import { backlogSection } from '../../files/backlogTables';
import { analysisSections, type Translate } from '../../files/analysisTables';
import type { AnalysisPdf } from '../../files/draw/drawAnalysis';
import { commentsSection } from '../../files/commentsTable';

/** The appendix of a PDF export — the analysis, the backlog, the review comments, any of them — labelled in the app's language. */
export function analysisForPdf(
  board: Board,
  t: TFunction,
  language: string,
  include: { analysis: boolean; comments: boolean; backlog?: boolean },
): AnalysisPdf {
  const analysis = analyseBoard(board);
  const translate = t as unknown as Translate;
  return {
    sections: [
      ...(include.analysis ? analysisSections(board, analysis, translate, language) : []),
      ...(include.backlog ? [backlogSection(board, backlogOf(board, localDay(new Date())), translate, language)] : []),
      ...(include.comments ? [commentsSection(board, translate, language)] : []),
    ],
    priorities: analysis.priorities,
    cardText: new Map(board.cards.map((c) => [c.id, c.text.trim() || t('card.empty')])),
    chart: {
      title: t('analysis.priorities.chart'),
      importance: t('analysis.priorities.importance'),
      performance: t('analysis.priorities.performance'),
      quadrants: Object.fromEntries(QUADRANTS.map((q) => [q, t(`analysis.priorities.quadrants.${q}`)])) as AnalysisPdf['chart']['quadrants'],
    },
  };
}
