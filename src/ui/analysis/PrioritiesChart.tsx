import { useTranslation } from 'react-i18next';
import type { Board, Priorities, Quadrant } from '../../model';

// Colours as attributes, not only CSS, so the picture html-to-image takes of the view keeps them.
const QUADRANT_FILL: Record<Quadrant, string> = { concentrate: '#b91c1c', 'keep-up': '#15803d', 'low-priority': '#475569', overkill: '#1d4ed8' };
const SIZE = 400,
  PAD = 36,
  SPAN = SIZE - 2 * PAD;
/** Rating 1–5 → position; performance runs left to right, importance bottom to top (Martilla & James). */
const px = (performance: number) => PAD + ((performance - 1) / 4) * SPAN;
const py = (importance: number) => PAD + ((5 - importance) / 4) * SPAN;

/**
 * The importance × performance grid of every rated touchpoint. Touchpoints with the same
 * ratings sit in a small ring around their point so each stays visible and focusable.
 */
export function PrioritiesChart({ board, priorities, onChoose }: { board: Board; priorities: Priorities; onChoose(cardId: string): void }) {
  const { t } = useTranslation();
  const texts = new Map(board.cards.map((c) => [c.id, c.text.trim() || t('card.empty')]));
  const rated = priorities.rows.filter((r) => r.quadrant);
  const seen = new Map<string, number>();
  const { importance: si, performance: sp } = priorities.split;
  const corner = (key: string, x: number, y: number, anchor: 'start' | 'end') => (
    <text x={x} y={y} textAnchor={anchor} fill="#334155" fontWeight={600} fontSize={10}>
      {t(`analysis.priorities.quadrants.${key}`)}
    </text>
  );
  return (
    <svg
      className="priorities-chart"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: SIZE }}
      role="group"
      aria-label={t('analysis.priorities.chart')}
    >
      <rect x={PAD} y={PAD} width={SPAN} height={SPAN} fill="#f8fafc" stroke="#94a3b8" />
      <line x1={px(sp)} x2={px(sp)} y1={PAD} y2={PAD + SPAN} stroke="#64748b" strokeDasharray="4 3" />
      <line x1={PAD} x2={PAD + SPAN} y1={py(si)} y2={py(si)} stroke="#64748b" strokeDasharray="4 3" />
      {corner('concentrate', PAD + 4, PAD + 12, 'start')}
      {corner('keep-up', PAD + SPAN - 4, PAD + 12, 'end')}
      {corner('low-priority', PAD + 4, PAD + SPAN - 5, 'start')}
      {corner('overkill', PAD + SPAN - 4, PAD + SPAN - 5, 'end')}
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
        {t('analysis.priorities.performance')}
      </text>
      <text x={12} y={PAD + SPAN / 2} textAnchor="middle" fill="#334155" fontSize={10} transform={`rotate(-90 12 ${PAD + SPAN / 2})`}>
        {t('analysis.priorities.importance')}
      </text>
      {rated.map((r) => {
        const key = `${r.importance}:${r.performance}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        const angle = k * 2.4,
          radius = k ? 5 + 2 * Math.sqrt(k) : 0; // a sunflower spiral of equals
        const name = t('analysis.priorities.dot', { card: texts.get(r.cardId), importance: r.importance, performance: r.performance });
        return (
          <circle
            key={r.cardId}
            className="dot"
            fill={QUADRANT_FILL[r.quadrant!]}
            stroke="#fff"
            strokeWidth={1.5}
            cx={px(r.performance!) + radius * Math.cos(angle)}
            cy={py(r.importance!) + radius * Math.sin(angle)}
            r={5.5}
            tabIndex={0}
            role="button"
            aria-label={name}
            onClick={() => onChoose(r.cardId)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onChoose(r.cardId);
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
