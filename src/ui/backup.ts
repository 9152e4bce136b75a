import type { BoardRepository } from '../persistence';

/** The backup file of every board on this device: the readable ones, and the damaged ones as they are stored. */
export async function backupFile(repo: BoardRepository): Promise<string> {
  const [{ backupToJson }, content] = await Promise.all([import('../files/json'), repo.backup()]);
  return backupToJson(content.boards, new Date(), content.damaged);
}
