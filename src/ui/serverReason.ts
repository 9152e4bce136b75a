import type { TFunction } from 'i18next';
import { refusalOf } from '../protocol/refusals';

/** The server's reason in the user's language; words this build does not know (another server's) as they came. */
export function serverReason(t: TFunction, reason: string): string {
  const key = refusalOf(reason);
  return key ? t(`share.serverSaid.${key}`) : reason;
}
