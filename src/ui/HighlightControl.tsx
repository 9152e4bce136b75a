import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_MEASURES, type HighlightMeasure } from '../model';
import { boardHighlight, highlightColor } from '../canvas/highlightColors';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';

/** Colours the board's cards by one measure, with its legend: the pattern shows on the blueprint itself. */
export function HighlightControl() {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const id = useId();
  const measure = useEditorStore((s) => s.highlight);
  const board = useEditorStore((s) => s.board);
  const h = board && measure ? boardHighlight(board, measure) : null;
  const label = (value: string) => {
    if (measure === 'severity') return t('highlight.severityValue', { n: value });
    if (measure === 'quadrant') return t(`analysis.priorities.quadrants.${value}` as 'analysis.priorities.quadrants.concentrate');
    if (measure === 'evidence') return t(`card.evidence.${value}` as 'card.evidence.observed');
    return value;
  };
  return (
    <div className="highlight-control">
      <label htmlFor={id}>{t('highlight.label')}</label>{' '}
      <select id={id} value={measure ?? ''} onChange={(e) => store.getState().setHighlight((e.target.value || null) as HighlightMeasure | null)}>
        <option value="">{t('highlight.none')}</option>
        {HIGHLIGHT_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`highlight.${m}`)}
          </option>
        ))}
      </select>
      {h && measure && (
        <ul aria-label={t(`highlight.${measure}`)}>
          {h.values.map((value) => {
            const { fill, stroke } = highlightColor(measure, value, h);
            const count = [...h.byCard.values()].filter((v) => v === value).length;
            return (
              <li key={value}>
                <span className="legend-swatch" style={{ background: fill, borderColor: stroke, borderWidth: 2 }} aria-hidden="true" />
                {label(value)} <span className="count">({count})</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
