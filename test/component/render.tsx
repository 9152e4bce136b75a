import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { initI18n, i18next } from '../../src/i18n';

/** Renders with the English catalogue, as every test runs in English. */
export async function renderInEnglish(ui: ReactElement) {
  if (!i18next.isInitialized) await initI18n('en');
  else await i18next.changeLanguage('en');
  return render(ui);
}
