import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { initI18n, i18next } from '../../src/i18n';
import type { EditorStore } from '../../src/store/editorStore';
import { EditorStoreProvider } from '../../src/store/EditorStoreContext';

/** Renders with the English catalogue, as every test runs in English; with `store`, below that store. */
export async function renderInEnglish(ui: ReactElement, store?: EditorStore) {
  if (!i18next.isInitialized) await initI18n('en');
  else await i18next.changeLanguage('en');
  return render(store ? <EditorStoreProvider store={store}>{ui}</EditorStoreProvider> : ui);
}
