import type { EditorStore } from '../store/editorStore';

/**
 * Runs `action` as soon as no card is being edited and no text field has focus, so nothing the
 * user types is cut off. If the board is closed meanwhile (the user went elsewhere), it never runs.
 */
export function whenNotTyping(store: EditorStore, action: () => void) {
  const typing = () => store.getState().editingCardId !== null || /^(INPUT|TEXTAREA)$/.test(document.activeElement?.tagName ?? '');
  if (!typing()) return action();
  const check = () => {
    const left = store.getState().board === null;
    if (typing() && !left) return;
    unsubscribe();
    document.removeEventListener('focusout', onFocusOut);
    if (!left) action();
  };
  const onFocusOut = () => setTimeout(check);
  const unsubscribe = store.subscribe(check);
  document.addEventListener('focusout', onFocusOut);
}
