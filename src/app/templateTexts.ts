import type { TFunction } from 'i18next';
import { LANE_KINDS, type BlueprintTexts, type LaneKind, type RestaurantTexts } from '../model';

/** Template words from the active language catalogue (the model itself holds no UI text). */
export function laneNames(t: TFunction): Record<LaneKind, string> {
  return Object.fromEntries(LANE_KINDS.map((k) => [k, t(`laneKind.${k}`)])) as Record<LaneKind, string>;
}

export function blueprintTexts(t: TFunction): BlueprintTexts {
  return { title: t('template.blueprintTitle'), lanes: laneNames(t), stage: t('template.stage'), steps: t('template.steps', { returnObjects: true }) as string[] };
}

export function restaurantTexts(t: TFunction): RestaurantTexts {
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return {
    title: t('sample.title'),
    lanes: laneNames(t),
    stages: list('sample.stages') as RestaurantTexts['stages'],
    steps: list('sample.steps') as RestaurantTexts['steps'],
    cards: list('sample.cards'),
    failureCause: t('sample.failureCause'),
    failureRecovery: t('sample.failureRecovery'),
  };
}
