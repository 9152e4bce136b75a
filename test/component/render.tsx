import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { initI18n, i18next } from '../../src/i18n';
import { createDialogStack } from '../../src/editor';
import { EditorProvider } from '../../src/canvas/EditorContext';
import type { EditorStore } from '../../src/store/editorStore';
import { EditorStoreProvider } from '../../src/store/EditorStoreContext';
import { BlobContext } from '../../src/canvas/blobs';
import { BlobStore } from '../../src/persistence/blobStore';
import { openDatabase } from '../../src/persistence';

/** Renders with the English catalogue, as every test runs in English; with `store`, below that store. */
export async function renderInEnglish(ui: ReactElement, store?: EditorStore) {
  if (!i18next.isInitialized) await initI18n('en');
  else await i18next.changeLanguage('en');
  // The browser's blob store, on the test's own (fake) IndexedDB database.
  const blobs = new BlobStore(openDatabase(`component-${crypto.randomUUID()}`));
  const within = <BlobContext.Provider value={blobs}>{ui}</BlobContext.Provider>;
  return render(store ? <EditorStoreProvider store={store}>{within}</EditorStoreProvider> : within);
}

/**
 * Renders inside an editor, as the editor page does (the store, a React Flow view, the editor
 * with its dialog stack), and gives back the stack so a test can see which dialogs were opened.
 */
export async function renderInEditor(ui: ReactElement, store: EditorStore) {
  const dialogs = createDialogStack();
  const result = await renderInEnglish(
    <ReactFlowProvider>
      <EditorProvider dialogs={dialogs}>{ui}</EditorProvider>
    </ReactFlowProvider>,
    store,
  );
  return { ...result, dialogs };
}
