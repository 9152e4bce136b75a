import { buildBoard, BLUEPRINT_LANE_KINDS, type CardSpec } from '../../src/model';
import { en } from '../../src/i18n/en';

const CARDS = [
  ['Booking page and phone line', 'Entrance, sign and host stand', 'Menu and table setting', 'The dish and tableware', 'Bill and receipt'],
  ['Reserves a table', 'Arrives and gives their name', 'Orders dishes', 'Eats the meal', 'Asks for the bill and pays'],
  [
    'Host confirms the booking',
    'Host greets and seats the guest',
    'Waiter takes the order',
    'Waiter serves the dish',
    'Waiter brings the bill and takes payment',
  ],
  ['Staff checks the table plan', 'Table is prepared', 'Order is sent to the kitchen', 'Kitchen prepares the dish', 'Cashier closes the table'],
  ['Reservation system', 'Table management', 'Point-of-sale system', 'Inventory and supplier', 'Payment gateway'],
];

/**
 * The small restaurant blueprint most end-to-end tests work on (earlier builds' first-run
 * sample): 3 stages, 5 steps, the 5 blueprint lanes, 25 cards, two touchpoints, a wait, a
 * failure point and a chain of connectors. Its texts and places are what the tests click.
 */
export function smallRestaurant() {
  const cards: CardSpec[] = CARDS.flatMap((row, lane) => row.map((text, step) => ({ lane, step, text })));
  const at = (lane: number, step: number) => lane * 5 + step;
  cards[at(1, 0)]!.touchpoint = { channel: 'web', importance: 4, performance: 4 };
  cards[at(1, 2)]!.touchpoint = { channel: 'in-person', importance: 5, performance: 3 };
  cards[at(1, 1)]!.wait = { minutes: 10 };
  cards[at(3, 3)]!.failure = {
    severity: 2,
    cause: 'Wrong dish or long wait in the kitchen',
    recovery: 'Apologise at once, replace the dish fast, offer a dessert',
  };
  return buildBoard({
    title: 'Restaurant visit',
    stages: [
      { name: 'Before the visit', steps: ['Reservation'] },
      { name: 'At the restaurant', steps: ['Arrival', 'Ordering', 'Meal'] },
      { name: 'Leaving', steps: ['Payment'] },
    ],
    lanes: BLUEPRINT_LANE_KINDS.map((kind) => ({ kind, name: en.laneKind[kind] })),
    cards,
    connectors: [
      [at(1, 2), at(2, 2)],
      [at(2, 2), at(3, 2)],
      [at(3, 2), at(3, 3)],
      [at(4, 3), at(3, 3)],
      [at(3, 3), at(2, 3)],
    ],
  });
}
