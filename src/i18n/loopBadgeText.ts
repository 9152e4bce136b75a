import type { TFunction } from 'i18next';
import { formatPriority, type LoopBadge } from '../model';

/** A loop badge in words ("Priority 3.0", "Solution: In progress · due 2026-12-15"), as screen and exports show it. */
export function loopBadgeText(badge: LoopBadge, t: TFunction): string {
  switch (badge.kind) {
    case 'priority':
      return t('card.priority', { value: formatPriority(badge.value) });
    case 'solution':
      return t('card.solution', { status: t(`solutionStatus.${badge.status}`), date: badge.dueDate, context: badge.dueDate ? 'due' : undefined });
    case 'insight':
      return t('card.insight', { source: t(`insightSource.${badge.source}`) });
  }
}
