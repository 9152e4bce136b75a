import { useSyncExternalStore } from 'react';
import i18next from 'i18next';

const subscribe = (onChange: () => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const t = i18next.t.bind(i18next);

/**
 * A light `t` for components rendered hundreds of times (cards, badges, connectors):
 * react-i18next's `useTranslation` costs far more per call. Re-renders on language change.
 */
export function useT(): typeof i18next.t {
  useSyncExternalStore(subscribe, () => i18next.language);
  return t;
}
