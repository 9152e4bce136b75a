import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Catalogue } from './en';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'blueprint-studio.language';

/** The remembered choice, else the browser's language (any Chinese variant → zh-CN), else English. */
export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

/** English is in the shell; other catalogues load when first chosen (the shell stays small). */
const catalogues: Record<Language, () => Promise<Catalogue>> = {
  en: async () => en,
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};

/** Loads a language's catalogue (if not yet loaded) without switching to it. */
export async function ensureCatalogue(language: Language) {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await catalogues[language]());
}

export async function setLanguage(language: Language): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, language);
  await ensureCatalogue(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export async function initI18n(language: Language = initialLanguage()) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, [language]: { translation: await catalogues[language]() } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; text is never HTML
    returnObjects: true,
  });
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled (privacy mode): the choice is just not remembered
  }
}

export { i18next };
