import type { TFunction } from 'i18next';

/**
 * The server says why it refused or closed something in English words (the protocol carries a
 * reason, not a code, for a closed session). Each reason it can give has its words in the
 * catalogues; one it does not know (a newer or another server) is shown as it came.
 */
const KEYS: Record<string, string> = {
  'This link is not valid or was revoked': 'link',
  'This link is for viewing only': 'readOnly',
  'This change is too large for the server': 'tooLarge',
  'This board has reached the size limit of the server': 'documentFull',
  'Too many changes too fast': 'tooFast',
  'This board has too many people connected': 'roomFull',
  'The server is full; try again later': 'serverFull',
  'This board is not available on the server right now': 'unavailable',
  'This message could not be read': 'unreadable',
  'Only the owner of this board can stop sharing or replace its links': 'notOwner',
  'This change could not be read': 'changeUnreadable',
  'This change depends on earlier changes the server does not have': 'incomplete',
  'This change would make the board invalid': 'invalid',
  'This change comes from a newer version of Blueprint Studio': 'newer',
  'Too many boards shared at once; try again in a minute': 'tooManyRooms',
};

export const serverReason = (t: TFunction, reason: string) => (KEYS[reason] ? t(`share.serverSaid.${KEYS[reason]}`) : reason);
