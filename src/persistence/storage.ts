import type { BoardRepository } from './boardRepository';

/** How much the browser keeps for this app, and whether it may clear it under storage pressure. */
export interface StorageState {
  persistent: boolean;
  usage?: number;
  quota?: number;
}

export async function storageState(): Promise<StorageState | null> {
  if (!navigator.storage?.estimate) return null;
  const [persistent, estimate] = await Promise.all([navigator.storage.persisted?.() ?? Promise.resolve(false), navigator.storage.estimate()]);
  return { persistent, usage: estimate.usage, quota: estimate.quota };
}

/** Asks the browser not to evict the boards (it may decide silently); true when storage is persistent. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * A backup reminder is due when boards changed since the last backup (or since the app was
 * first used, if never backed up) and that was more than a week ago, unless dismissed within the week.
 */
export function backupDue(input: { now: number; lastBackup?: string; firstUse?: string; dismissed?: string; lastChange?: string }): boolean {
  const since = input.lastBackup ?? input.firstUse;
  if (!since || !input.lastChange) return false;
  const week = (iso: string) => input.now - Date.parse(iso) > 7 * DAY;
  if (!week(since) || input.lastChange <= since) return false;
  return !input.dismissed || week(input.dismissed);
}

/** Whether to remind the user to back up now (reads the settings and the newest change). */
export async function backupReminder(repo: BoardRepository, now = Date.now()): Promise<boolean> {
  const [lastBackup, firstUse, dismissed, boards] = await Promise.all([
    repo.settings.get('backupLast'),
    repo.settings.get('firstUse'),
    repo.settings.get('backupDismissed'),
    repo.list(),
  ]);
  const lastChange = boards
    .map((b) => b.updatedAt)
    .sort()
    .at(-1);
  return backupDue({ now, lastBackup, firstUse, dismissed, lastChange });
}
