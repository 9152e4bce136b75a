/**
 * Runs in the page (pass it to `page.evaluate`): puts a raw record into the app's IndexedDB
 * `boards` table, as an earlier session — or a damaged one — would have left it.
 * Shared by the end-to-end tests and the benchmark.
 * @param {{ id: string; title: unknown; updatedAt: string; revision: number; doc: unknown }} record
 */
export function storeRecordInPage(record) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('blueprint-studio');
    open.onsuccess = () => {
      const db = open.result;
      // Before the app has created its tables there is nothing to put into: say so, never hang.
      if (!db.objectStoreNames.contains('boards')) {
        db.close();
        reject(new Error('the app has not created its database yet: open the library first'));
        return;
      }
      const tx = db.transaction('boards', 'readwrite');
      tx.objectStore('boards').put(record);
      tx.oncomplete = () => {
        db.close();
        resolve(undefined);
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

/** The record a board is stored as. */
export const boardRecord = (board) => ({ id: board.id, title: board.title, updatedAt: new Date().toISOString(), revision: 1, doc: board });
