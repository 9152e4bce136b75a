import { useTranslation } from 'react-i18next';
import type { OpportunityRow, ValueEffortQuadrant } from '../../model';
import { QuadrantChart } from '../analysis/QuadrantChart';
import { VALUE_EFFORT_INK } from '../../files/draw/ink';

/**
 * Every scored opportunity on the value × effort matrix: effort left to right, value (the mean
 * of customer and business value) bottom to top; quick wins top left, big bets top right,
 * fill-ins bottom left, money pits bottom right. High starts at 3, so the lines fall between
 * 2.5 and 3 (value moves in halves, effort in wholes).
 */
export function ValueEffortMatrix({ rows, onChoose }: { rows: OpportunityRow[]; onChoose(cardId: string): void }) {
  const { t } = useTranslation();
  const q = (key: ValueEffortQuadrant) => t(`backlog.quadrant.${key}`);
  return (
    <QuadrantChart
      label={t('backlog.matrix')}
      size={360}
      axes={{ x: t('backlog.effortAxis'), y: t('backlog.valueAxis') }}
      split={{ x: 2.5, y: 2.75 }}
      corners={{ topLeft: q('quickWin'), topRight: q('bigBet'), bottomLeft: q('fillIn'), bottomRight: q('moneyPit') }}
      dots={rows
        .filter((r) => r.quadrant)
        .map((r) => {
          const value = (r.card.customerValue! + r.card.businessValue!) / 2;
          return {
            id: r.card.id,
            x: r.card.effort!,
            y: value,
            fill: VALUE_EFFORT_INK[r.quadrant!],
            name: t('backlog.dot', { name: r.card.text.trim() || t('card.empty'), value, effort: r.card.effort, quadrant: q(r.quadrant!) }),
          };
        })}
      onChoose={onChoose}
    />
  );
}
