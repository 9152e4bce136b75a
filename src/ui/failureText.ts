import type { TFunction } from 'i18next';
import { failureOf, type Failure } from '../persistence/failure';

/** What went wrong, in the user's language: the meaning first, the browser's own words after. */
export function failureText(t: TFunction, error: unknown): string {
  const failure: Failure = isFailure(error) ? error : failureOf(error);
  return t(`failure.${failure.code}`, { detail: failure.detail });
}

const isFailure = (x: unknown): x is Failure => !!x && typeof x === 'object' && 'code' in x && 'detail' in x && !(x instanceof Error);
