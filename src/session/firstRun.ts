import type { TFunction } from 'i18next';
import type { BoardRepository } from '../persistence';
import { laneNames } from '../i18n/templateTexts';
import { exampleTexts } from '../i18n/examples';

/**
 * On the very first run, add the gallery's restaurant example (the whole blueprint with its
 * journey, analysis figures and improvement loop) so the app is never empty and a newcomer sees
 * what a finished board holds. Once: deleting it is respected.
 */
export async function ensureSampleBoard(repo: BoardRepository, t: TFunction, language: string): Promise<void> {
  // When the app was first used: the backup reminder counts from here until the first backup.
  if (!(await repo.settings.get('firstUse'))) await repo.settings.set('firstUse', new Date().toISOString());
  if (await repo.settings.get('sampleCreated')) return;
  // Its code and words are loaded before the transaction: IndexedDB ends a transaction that waits on anything else.
  const [{ EXAMPLES, buildExample }, texts] = await Promise.all([import('../model/examples'), exampleTexts(language)]);
  const sample = buildExample(EXAMPLES.restaurant, texts.restaurant, laneNames(t));
  await repo.db.transaction('rw', repo.db.boards, repo.db.settings, async () => {
    if (await repo.settings.get('sampleCreated')) return; // another tab won the race
    if ((await repo.db.boards.count()) === 0) await repo.create(sample);
    await repo.settings.set('sampleCreated', true);
  });
}
