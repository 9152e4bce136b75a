import type { TFunction } from 'i18next';
import { BOARD_KINDS, LANE_KINDS, type BoardKind, type LaneKind, type TemplateTexts } from '../model';

/** Template words from the active language catalogue (the model itself holds no UI text). */
export function laneNames(t: TFunction): Record<LaneKind, string> {
  return Object.fromEntries(LANE_KINDS.map((k) => [k, t(`laneKind.${k}`)])) as Record<LaneKind, string>;
}

export function templateTexts(t: TFunction): TemplateTexts {
  const list = <T = string[]>(key: string) => t(key, { returnObjects: true }) as T;
  return {
    titles: Object.fromEntries(BOARD_KINDS.map((k) => [k, t(`template.titles.${k}`)])) as Record<BoardKind, string>,
    lanes: laneNames(t),
    thoughts: t('template.thoughts'),
    touchpoints: t('template.touchpoints'),
    stage: t('template.stage'),
    steps: list('template.steps'),
    journeyStages: list('template.journeyStages'),
    journeySteps: list<string[][]>('template.journeySteps'),
    persona: t('template.persona'),
  };
}
