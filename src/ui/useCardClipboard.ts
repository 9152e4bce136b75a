import { useEffect } from 'react';
import { addCard, copyCards, deleteCards, newId, parseClip, pasteCards } from '../model';
import { insertionCell } from '../store/editorStore';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { focusCard, isTyping } from '../editor';

/**
 * Copy, cut and paste of selected cards through the system clipboard (native copy/paste
 * events, so it works across boards and tabs without a permission prompt). Plain text pasted
 * on the board becomes a new card. Text fields keep their own clipboard behaviour.
 */
export function useCardClipboard(onImages: (cardId: string, files: File[]) => void) {
  const store = useEditorStoreApi();
  useEffect(() => {
    const onCopy = (e: ClipboardEvent, cut = false) => {
      const { board, selection, apply } = store.getState();
      if (isTyping(document.activeElement) || !board || !selection.length || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', JSON.stringify(copyCards(board, selection)));
      e.preventDefault();
      if (cut) apply((b) => deleteCards(b, selection));
    };
    const onCut = (e: ClipboardEvent) => onCopy(e, true);
    const onPaste = (e: ClipboardEvent) => {
      const text = e.clipboardData?.getData('text/plain');
      const state = store.getState();
      // A picture pasted onto the one selected card goes on that card (described first).
      const images = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (images.length && state.selection.length === 1 && !state.readOnly && !isTyping(document.activeElement)) {
        e.preventDefault();
        onImages(state.selection[0]!, images);
        return;
      }
      // Paste needs a place the user chose (a selected card or the cell cursor), never a default one.
      const target = state.selection.length || state.cursor ? insertionCell(state) : null;
      if (isTyping(document.activeElement) || !text || !target) return;
      e.preventDefault();
      const clip = parseClip(text);
      const ids: string[] = [];
      if (clip) state.apply((b) => pasteCards(b, clip, target, ids));
      else {
        ids.push(newId('cd_'));
        state.apply((b) => addCard(b, { ...target, text: text.slice(0, 20_000), id: ids[0] }));
      }
      state.select(ids);
      if (ids[0]) focusCard(ids[0]);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, onImages]);
}
