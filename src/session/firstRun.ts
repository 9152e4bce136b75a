import type { TFunction } from 'i18next';
import { restaurantSample } from '../model';
import type { BoardRepository } from '../persistence';
import { restaurantTexts } from '../i18n/templateTexts';

/** On the very first run, add the restaurant sample so the app is never empty (once: deleting it is respected). */
export async function ensureSampleBoard(repo: BoardRepository, t: TFunction): Promise<void> {
  // When the app was first used: the backup reminder counts from here until the first backup.
  if (!(await repo.getSetting('firstUse'))) await repo.setSetting('firstUse', new Date().toISOString());
  if (await repo.getSetting('sampleCreated')) return;
  await repo.db.transaction('rw', repo.db.boards, repo.db.settings, async () => {
    if (await repo.getSetting('sampleCreated')) return; // another tab won the race
    if ((await repo.db.boards.count()) === 0) await repo.create(restaurantSample(restaurantTexts(t)));
    await repo.setSetting('sampleCreated', true);
  });
}
