import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Card } from '../model';
import { cardIndex } from './cardIndex';
import type { EditorActions, EditorState, EditorStore } from './editorStore';

const EditorStoreContext = createContext<EditorStore | null>(null);

/**
 * The open board's store, given to every component below (as xyflow's provider does): each
 * editor page makes its own, and so does each test.
 */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read or act on the current state (`getState()`). */
export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStoreApi: no EditorStoreProvider above this component');
  return store;
}

/** A slice of the editor's state; the component re-renders only when the slice changes. */
export function useEditorStore<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useEditorStoreApi(), selector);
}

/** One card by id, in O(1): typing in a card re-renders that card alone. */
export function useCard(id: string): Card | undefined {
  return useEditorStore((s) => cardIndex(s.board).get(id));
}

/** A card's text ('' once it is gone), for names and previews that show nothing else of it. */
export function useCardText(id: string): string {
  return useEditorStore((s) => cardIndex(s.board).get(id)?.text ?? '');
}
