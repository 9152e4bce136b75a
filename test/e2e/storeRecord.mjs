/**
 * Runs in the page (pass it to `page.evaluate`): puts a raw record into the app's IndexedDB
 * `boards` table, as an earlier session — or a damaged one — would have left it; with
 * `replaceAll`, as the only board in the library (the first-run sample, say, goes), as if it
 * had been the only one ever made. Shared by the end-to-end tests and the benchmark.
 * @param {{ record: { id: string; title: unknown; updatedAt: string; revision: number; doc: unknown }, replaceAll?: boolean }} what
 */
export function storeRecordInPage({ record, replaceAll = false }) {
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
      if (replaceAll) tx.objectStore('boards').clear();
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

/**
 * The record a board is stored as, last changed now (or at `updatedAt`).
 * @param {{ id: string; title: unknown }} board
 * @param {string} [updatedAt]
 */
export const boardRecord = (board, updatedAt = new Date().toISOString()) => ({
  id: board.id,
  title: board.title,
  updatedAt,
  revision: 1,
  doc: board,
});

/**
 * Runs in the page: puts `count` versions of a board into version history (listing and
 * documents), as hours of editing would have left them. For the benchmark.
 * @param {{ board: { id: string; cards: unknown[] }; count: number }} args
 */
export function storeVersionsInPage({ board, count }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('blueprint-studio');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['snapshots', 'snapshotDocs'], 'readwrite');
      const size = JSON.stringify(board).length;
      for (let i = 0; i < count; i++) {
        const createdAt = new Date(Date.UTC(2026, 0, 1, i)).toISOString();
        const request = tx.objectStore('snapshots').add({ boardId: board.id, createdAt, reason: 'hourly', size, cards: board.cards.length });
        request.onsuccess = () => tx.objectStore('snapshotDocs').put({ id: request.result, doc: board });
      }
      tx.oncomplete = () => {
        db.close();
        resolve(undefined);
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}
