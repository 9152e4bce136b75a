import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { createDialogStack, run, type DialogStack, type Editor, type EditorDialog, type Target } from '../editor';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { useBoardView } from './boardView';

const EditorContext = createContext<Editor | null>(null);

/**
 * The editor (the open board's store, its view, the words and the dialog stack) for everything
 * below: the toolbar, the keys, the canvas's buttons and the panels all run commands through it.
 * Inside the board's EditorStoreProvider and ReactFlowProvider.
 */
export function EditorProvider({ children, dialogs: given }: { children: ReactNode; dialogs?: Editor['dialogs'] }) {
  const store = useEditorStoreApi();
  const view = useBoardView();
  const { t } = useTranslation();
  const [own] = useState(createDialogStack);
  const dialogs = given ?? own;
  const editor = useMemo<Editor>(() => ({ store, view, t, dialogs }), [store, view, t, dialogs]);
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor: no EditorProvider above this component');
  return editor;
}

/** Runs a command of the registry (`run`) from a button or gesture of this component. */
export function useRun(): (id: string, target?: Target) => void {
  const editor = useEditor();
  return useMemo(() => (id, target) => run(editor, id, target), [editor]);
}

/** The open dialogs, bottom first. */
export const useDialogs = (): readonly EditorDialog[] => useStore(useEditor().dialogs, (s: DialogStack) => s.stack);
/** Opens a dialog on the stack. */
export const useOpenDialog = (): DialogStack['open'] => useEditor().dialogs.getState().open;
