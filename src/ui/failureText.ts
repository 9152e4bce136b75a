import type { TFunction } from 'i18next';
import { failureOf, type Failure } from '../persistence/failure';

/** What went wrong, in the user's language: the meaning first, the browser's own words after. */
export const failureText = (t: TFunction, failure: Failure): string => t(`failure.${failure.code}`, { detail: failure.detail });

/** The same for an error caught here, read by the storage layer's `failureOf`. */
export const errorText = (t: TFunction, error: unknown): string => failureText(t, failureOf(error));
