import { afterEach, beforeEach } from 'vitest';
import { BoardRepository } from '../../src/persistence/boardRepository';
import { openDatabase, type BlueprintDB } from '../../src/persistence/db';

/** A fresh, uniquely named database per test (fake-indexeddb), deleted afterwards. For tests only. */
export function repositoryPerTest(prefix: string): { readonly db: BlueprintDB; readonly repo: BoardRepository } {
  const current = {} as { db: BlueprintDB; repo: BoardRepository };
  beforeEach(() => {
    current.db = openDatabase(`${prefix}-${Math.random()}`);
    current.repo = new BoardRepository(current.db);
  });
  afterEach(async () => {
    await current.db.delete();
  });
  return current;
}
