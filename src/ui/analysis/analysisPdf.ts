import type { TFunction } from 'i18next';
import { analyseBoard, QUADRANTS, type Board } from '../../model';
import { analysisSections, type Translate } from '../../files/analysisTables';
import type { AnalysisPdf } from '../../files/draw/drawAnalysis';

/** The analysis appendix of a PDF export, labelled in the app's language. */
export function analysisForPdf(board: Board, t: TFunction, language: string): AnalysisPdf {
  const analysis = analyseBoard(board);
  return {
    sections: analysisSections(board, analysis, t as unknown as Translate, language),
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
