import type { TFunction } from 'i18next';
import { restaurantSample } from '../model';
import type { BoardRepository } from '../persistence';
import { BACKUP_SETTINGS } from '../persistence/storage';
import { restaurantTexts } from '../i18n/templateTexts';

const SAMPLE_KEY = 'sampleCreated';

/** On the very first run, add the restaurant sample so the app is never empty (once: deleting it is respected). */
export async function ensureSampleBoard(repo: BoardRepository, t: TFunction): Promise<void> {
  // When the app was first used: the backup reminder counts from here until the first backup.
  if (!(await repo.getSetting(BACKUP_SETTINGS.firstUse))) await repo.setSetting(BACKUP_SETTINGS.firstUse, new Date().toISOString());
  if (await repo.getSetting(SAMPLE_KEY)) return;
  await repo.db.transaction('rw', repo.db.boards, repo.db.settings, async () => {
    if (await repo.getSetting(SAMPLE_KEY)) return; // another tab won the race
    if ((await repo.db.boards.count()) === 0) await repo.create(restaurantSample(restaurantTexts(t)));
    await repo.setSetting(SAMPLE_KEY, true);
  });
}
