import { BoardRepository, openDatabase } from '../persistence';

/** The app's one repository over the `blueprint-studio` IndexedDB database. */
export const repository = new BoardRepository(openDatabase());
