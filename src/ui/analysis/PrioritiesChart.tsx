import { useTranslation } from 'react-i18next';
import type { Board, Priorities, Quadrant } from '../../model';
import { QuadrantChart } from './QuadrantChart';
import { QUADRANT_INK } from '../../files/draw/ink';

/** The importance × performance grid of every rated touchpoint: performance left to right, importance bottom to top (Martilla & James). */
export function PrioritiesChart({ board, priorities, onChoose }: { board: Board; priorities: Priorities; onChoose(cardId: string): void }) {
  const { t } = useTranslation();
  const texts = new Map(board.cards.map((c) => [c.id, c.text.trim() || t('card.empty')]));
  const q = (key: Quadrant) => t(`analysis.priorities.quadrants.${key}`);
  return (
    <QuadrantChart
      label={t('analysis.priorities.chart')}
      size={400}
      axes={{ x: t('analysis.priorities.performance'), y: t('analysis.priorities.importance') }}
      split={{ x: priorities.split.performance, y: priorities.split.importance }}
      corners={{ topLeft: q('concentrate'), topRight: q('keep-up'), bottomLeft: q('low-priority'), bottomRight: q('overkill') }}
      dots={priorities.rows
        .filter((r) => r.quadrant)
        .map((r) => ({
          id: r.cardId,
          x: r.performance!,
          y: r.importance!,
          fill: QUADRANT_INK[r.quadrant!],
          name: t('analysis.priorities.dot', { card: texts.get(r.cardId), importance: r.importance, performance: r.performance }),
        }))}
      onChoose={onChoose}
    />
  );
}
