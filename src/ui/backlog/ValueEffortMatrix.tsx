import { useTranslation } from 'react-i18next';
import type { OpportunityRow, ValueEffortQuadrant } from '../../model';

// Colours as attributes, so the picture of the view keeps them.
const FILL: Record<ValueEffortQuadrant, string> = { quickWin: '#15803d', bigBet: '#1d4ed8', fillIn: '#475569', moneyPit: '#b91c1c' };
const SIZE = 360,
  PAD = 36,
  SPAN = SIZE - 2 * PAD;
/** Effort 1–5 runs left to right, value 1–5 bottom to top. */
const px = (effort: number) => PAD + ((effort - 1) / 4) * SPAN;
const py = (value: number) => PAD + ((5 - value) / 4) * SPAN;

/**
 * Every scored opportunity on the value × effort matrix: quick wins top left, big bets top right,
 * fill-ins bottom left, money pits bottom right. Each dot is focusable, named after its
 * opportunity, and shows its card when chosen; equal scores sit in a small ring.
 */
export function ValueEffortMatrix({ rows, onChoose }: { rows: OpportunityRow[]; onChoose(cardId: string): void }) {
  const { t } = useTranslation();
  const scored = rows.filter((r) => r.quadrant);
  const seen = new Map<string, number>();
  const corner = (q: ValueEffortQuadrant, x: number, y: number, anchor: 'start' | 'end') => (
    <text x={x} y={y} textAnchor={anchor} fill="#334155" fontWeight={600} fontSize={10}>
      {t(`backlog.quadrant.${q}`)}
    </text>
  );
  return (
    <svg
      className="priorities-chart"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: SIZE }}
      role="group"
      aria-label={t('backlog.matrix')}
    >
      <rect x={PAD} y={PAD} width={SPAN} height={SPAN} fill="#f8fafc" stroke="#94a3b8" />
      {/* High from 3 up: the lines fall between 2.5 and 3 on each scale. */}
      <line x1={px(2.5)} x2={px(2.5)} y1={PAD} y2={PAD + SPAN} stroke="#64748b" strokeDasharray="4 3" />
      <line x1={PAD} x2={PAD + SPAN} y1={py(2.75)} y2={py(2.75)} stroke="#64748b" strokeDasharray="4 3" />
      {corner('quickWin', PAD + 4, PAD + 12, 'start')}
      {corner('bigBet', PAD + SPAN - 4, PAD + 12, 'end')}
      {corner('fillIn', PAD + 4, PAD + SPAN - 5, 'start')}
      {corner('moneyPit', PAD + SPAN - 4, PAD + SPAN - 5, 'end')}
      {[1, 2, 3, 4, 5].map((v) => (
        <g key={v} aria-hidden="true" fill="#334155" fontSize={10}>
          <text x={px(v)} y={PAD + SPAN + 14} textAnchor="middle">
            {v}
          </text>
          <text x={PAD - 8} y={py(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <text x={PAD + SPAN / 2} y={SIZE - 4} textAnchor="middle" fill="#334155" fontSize={10}>
        {t('backlog.effortAxis')}
      </text>
      <text x={12} y={PAD + SPAN / 2} textAnchor="middle" fill="#334155" fontSize={10} transform={`rotate(-90 12 ${PAD + SPAN / 2})`}>
        {t('backlog.valueAxis')}
      </text>
      {scored.map((r) => {
        const value = (r.card.customerValue! + r.card.businessValue!) / 2;
        const effort = r.card.effort!;
        const key = `${value}:${effort}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        const angle = k * 2.4,
          radius = k ? 5 + 2 * Math.sqrt(k) : 0; // a sunflower spiral of equals
        const name = t('backlog.dot', { name: r.card.text.trim() || t('card.empty'), value, effort, quadrant: t(`backlog.quadrant.${r.quadrant}`) });
        return (
          <circle
            key={r.card.id}
            className="dot"
            fill={FILL[r.quadrant!]}
            stroke="#fff"
            strokeWidth={1.5}
            cx={px(effort) + radius * Math.cos(angle)}
            cy={py(value) + radius * Math.sin(angle)}
            r={5.5}
            tabIndex={0}
            role="button"
            aria-label={name}
            onClick={() => onChoose(r.card.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onChoose(r.card.id);
              }
            }}
          >
            <title>{name}</title>
          </circle>
        );
      })}
    </svg>
  );
}
