/**
 * What the sync server says when it refuses something: one WebSocket close code and one reason
 * each. The server sends the reason's words (a session closed on an open socket carries no code,
 * only the words), and the app finds the refusal again by them to say it in the user's language
 * (`share.serverSaid.<key>` in the catalogues). Shared by the server and the app, so the two
 * cannot drift apart.
 */
export const REFUSALS = {
  link: { code: 4401, reason: 'This link is not valid or was revoked' },
  readOnly: { code: 4403, reason: 'This link is for viewing only' },
  commentOnly: { code: 4403, reason: 'This link allows comments only, not changes to the board' },
  notOwner: { code: 4403, reason: 'Only the owner of this board can stop sharing or replace its links' },
  tooLarge: { code: 4413, reason: 'This change is too large for the server' },
  documentFull: { code: 4413, reason: 'This board has reached the size limit of the server' },
  tooFast: { code: 4429, reason: 'Too many changes too fast' },
  roomFull: { code: 4409, reason: 'This board has too many people connected' },
  tooManyScenarios: { code: 4409, reason: 'This board has as many scenarios as the server keeps' },
  serverFull: { code: 4507, reason: 'The server is full; try again later' },
  unavailable: { code: 4503, reason: 'This board is not available on the server right now' },
  unreadable: { code: 4400, reason: 'This message could not be read' },
  changeUnreadable: { code: 4422, reason: 'This change could not be read' },
  incomplete: { code: 4422, reason: 'This change depends on earlier changes the server does not have' },
  invalid: { code: 4422, reason: 'This change would make the board invalid' },
  newer: { code: 4422, reason: 'This change comes from a newer version of Blueprint Studio' },
  blobTooLarge: { code: 413, reason: 'This file is larger than the server takes' },
  blobRoomFull: { code: 413, reason: 'This board has as many pictures and files as the server keeps' },
  blobMismatch: { code: 400, reason: 'The file arrived damaged (its content does not match its name)' },
  blobNotHere: { code: 404, reason: 'The server does not have this file' },
  tooManyRooms: { code: 429, reason: 'Too many boards shared at once; try again in a minute' },
} as const;

export type RefusalKey = keyof typeof REFUSALS;

const BY_REASON = new Map<string, RefusalKey>(Object.entries(REFUSALS).map(([key, { reason }]) => [reason, key as RefusalKey]));

/** Which refusal the server's words are, or null for words this build does not know (another server's). */
export const refusalOf = (reason: string): RefusalKey | null => BY_REASON.get(reason) ?? null;
