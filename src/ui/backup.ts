import { blobsOfBoards, type Board } from '../model';
import type { BoardRepository } from '../persistence';
import type { BlobAccess } from '../canvas/blobs';

export interface BoardsFile {
  blob: Blob;
  extension: 'json' | 'zip';
}

/**
 * A file of boards: their JSON alone, or, when they use pictures or files, a bundle (zip) with
 * those bytes too, so it imports back whole anywhere. A blob this browser does not hold is left
 * out (the board still names it; it shows as "not on this device").
 */
export async function boardsFile(json: string, boards: readonly Board[], blobs: Pick<BlobAccess, 'get'>): Promise<BoardsFile> {
  const used = [...blobsOfBoards(boards)];
  if (!used.length) return { blob: new Blob([json], { type: 'application/json' }), extension: 'json' };
  const [{ makeBundle }, stored] = await Promise.all([import('../files/bundle'), Promise.all(used.map((hash) => blobs.get(hash)))]);
  const bundle = makeBundle(
    json,
    stored.flatMap((b) => (b ? [b] : [])),
  );
  return { blob: new Blob([bundle as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), extension: 'zip' };
}

/** The backup file of every board on this device: the readable ones, and the damaged ones as they are stored. */
export async function backupFile(repo: BoardRepository): Promise<BoardsFile> {
  const [{ backupToJson }, content] = await Promise.all([import('../files/json'), repo.backup()]);
  return boardsFile(backupToJson(content.boards, new Date(), content.damaged), content.boards, repo.blobs);
}
