import type { Board } from '../model';

export const BACKUP_FORMAT = 'blueprint-studio/backup';
/** The newest backup container version this build reads and writes. */
export const BACKUP_VERSION = 1;

/** The board as a pretty-printed document. */
export const boardToJson = (board: Board) => `${JSON.stringify(board, null, 2)}\n`;
/** Every board in one file. */
export const backupToJson = (boards: Board[], now = new Date()) =>
  `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), boards }, null, 2)}\n`;
