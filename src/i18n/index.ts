import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

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

export async function setLanguage(language: Language): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function initI18n(language: Language = initialLanguage()) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
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
