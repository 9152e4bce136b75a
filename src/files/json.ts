import type { Board } from '../model';

export const BACKUP_FORMAT = 'blueprint-studio/backup';
/** The newest backup container version this build reads and writes. */
export const BACKUP_VERSION = 1;

/** The board as a pretty-printed document. */
export const boardToJson = (board: Board) => `${JSON.stringify(board, null, 2)}\n`;
/** A board that could not be read when a backup was made: kept in the backup as it is stored. */
export interface DamagedBoard {
  id: string;
  title: string;
  raw: unknown;
}

/**
 * Every board in one file. Damaged boards go in too, raw, under `damaged`: importing the backup
 * brings back the readable boards and leaves those out, but nothing on the device is missing
 * from its backup.
 */
export const backupToJson = (boards: Board[], now = new Date(), damaged: DamagedBoard[] = []) =>
  `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), boards, ...(damaged.length && { damaged }) }, null, 2)}\n`;
