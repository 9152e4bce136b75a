import { commentThreads, type Board } from '../model';
import type { AnalysisSection, Translate } from './analysisTables';

/** The board's review comments as a table (PDF appendix): card, author, comment, status, thread by thread. */
export function commentsSection(board: Board, t: Translate, locale: string): AnalysisSection {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const rows = board.cards.flatMap((card) =>
    commentThreads(board.comments, card.id).flatMap(({ root, replies }) =>
      [root, ...replies].map((c, i) => ({
        cardId: card.id,
        cells: [
          i === 0 ? card.text.trim() || t('card.empty') : '',
          `${c.author} · ${when.format(new Date(c.at))}`,
          i === 0 ? c.text : t('comments.replyMark', { text: c.text }),
          i === 0 ? (root.resolved ? t('comments.resolved') : t('comments.open')) : '',
        ],
      })),
    ),
  );
  return {
    id: 'comments',
    title: t('comments.appendix'),
    notes: [],
    tables: [
      {
        id: 'comments',
        caption: t('comments.appendix'),
        columns: [t('comments.card'), t('comments.author'), t('comments.text'), t('comments.status')],
        rows,
      },
    ],
  };
}
