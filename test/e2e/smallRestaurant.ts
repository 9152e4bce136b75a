import { buildBoard } from '../../src/model';
import { smallRestaurantSpec } from '../../src/model/test/fixtures';
import { en } from '../../src/i18n/en';

/**
 * The small restaurant blueprint most end-to-end tests work on (earlier builds' first-run
 * sample), in English: its texts and places are what the tests click.
 */
export const smallRestaurant = () =>
  buildBoard(
    smallRestaurantSpec({
      cards: [
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
      ],
      lanes: en.laneKind,
      stages: ['Before the visit', 'At the restaurant', 'Leaving'],
      steps: ['Reservation', 'Arrival', 'Ordering', 'Meal', 'Payment'],
      failure: { cause: 'Wrong dish or long wait in the kitchen', recovery: 'Apologise at once, replace the dish fast, offer a dessert' },
    }),
  );
