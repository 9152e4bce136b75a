import { restaurantSample, type RestaurantTexts } from '../templates';
import { BLUEPRINT_LANE_KINDS, LANE_KINDS, type LaneKind } from '../lane';

export const laneNames = Object.fromEntries(LANE_KINDS.map((k) => [k, `${k} lane`])) as Record<LaneKind, string>;

export const restaurantTexts: RestaurantTexts = {
  title: 'Restaurant visit',
  lanes: laneNames,
  stages: ['Before', 'Visit', 'After'],
  steps: ['Reservation', 'Arrival', 'Ordering', 'Meal', 'Payment'],
  cards: BLUEPRINT_LANE_KINDS.flatMap((k) => [1, 2, 3, 4, 5].map((i) => `${k} ${i}`)),
  failureCause: 'Wrong dish',
  failureRecovery: 'Replace it fast',
};

export const sample = () => restaurantSample(restaurantTexts, new Date('2026-01-01T00:00:00Z'));
