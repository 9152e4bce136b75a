import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_COLORS, type Lane, type Persona } from '../model';

/** What the colours, lines and badges on the board mean (never colour alone: every entry has words). */
export const Legend = memo(function Legend({ lanes, personas }: { lanes: Lane[]; personas: Persona[] }) {
  const { t } = useTranslation();
  const kinds = [...new Set(lanes.map((l) => l.kind))];
  return (
    <details className="legend">
      <summary>{t('legend.title')}</summary>
      <ul>
        {kinds.map((k) => (
          <li key={k}>
            <span className="legend-swatch" style={{ background: LANE_COLORS[k] }} aria-hidden="true" />
            {t(`laneKind.${k}`)}
          </li>
        ))}
        <li>
          <span className="legend-line solid" aria-hidden="true" />
          {t('line.interaction')}
        </li>
        <li>
          <span className="legend-line dashed" aria-hidden="true" />
          {t('line.visibility')}
        </li>
        <li>
          <span className="legend-line dotted" aria-hidden="true" />
          {t('line.internal')}
        </li>
        <li>
          <span className="badge touchpoint">◉</span>
          {t('card.touchpoint')}
        </li>
        <li>
          <span className="badge failure">F</span>
          {t('card.failure')}
        </li>
        <li>
          <span className="badge wait">W</span>
          {t('card.wait')}
        </li>
        <li>
          <span className="legend-swatch assumed" aria-hidden="true" />
          {t('legend.assumed')}
        </li>
        <li>
          <span className="legend-mark" aria-hidden="true">
            ◇
          </span>
          {t('legend.proposed')}
        </li>
        {personas.map((p) => (
          <li key={p.id}>
            <span className="legend-line" style={{ borderTopColor: p.color, borderTopWidth: 3 }} aria-hidden="true" />
            {p.name}
          </li>
        ))}
        {personas.length > 0 && (
          <li>
            <span className="legend-line dashed" aria-hidden="true" />
            {t('legend.toBe')}
          </li>
        )}
      </ul>
    </details>
  );
});
