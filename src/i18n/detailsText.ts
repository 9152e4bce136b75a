import type { TFunction } from 'i18next';

/** A card's details line ("Front desk · 15 min · importance 4/5 · performance 2/5"), as screen and exports show it. */
export function detailsText(d: { owner?: string; minutes?: number; importance?: number; performance?: number } | null, t: TFunction): string {
  if (!d) return '';
  return [
    d.owner,
    d.minutes !== undefined && t('card.minutes', { n: d.minutes }),
    d.importance !== undefined && t('card.importance', { n: d.importance }),
    d.performance !== undefined && t('card.performance', { n: d.performance }),
  ]
    .filter(Boolean)
    .join(' · ');
}
