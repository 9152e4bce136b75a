import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Keeps the caret where the user left it when the text of the field they are typing in changes
 * under them (another tab, a collaborator typing in the same card): the change is located by
 * its common prefix and suffix, and a caret after it moves by the change's length, so both
 * people keep typing where they were.
 */
export function useKeptCaret(ref: RefObject<HTMLTextAreaElement | null>, text: string) {
  /** Caret and the text it was in, as the field last showed them. */
  const selection = useRef<{ text: string; range: [number, number] } | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    const known = selection.current;
    // The user's own keystroke (the caret is already right), or nothing to keep.
    if (!node || !known || known.text === text || document.activeElement !== node) return;
    const before = known.text;
    let start = 0;
    while (start < before.length && start < text.length && before[start] === text[start]) start++;
    let end = 0;
    while (end < before.length - start && end < text.length - start && before[before.length - 1 - end] === text[text.length - 1 - end]) end++;
    const removedEnd = before.length - end;
    const shift = (pos: number) => (pos <= start ? pos : pos >= removedEnd ? pos + text.length - before.length : start);
    const [from, to] = known.range;
    node.setSelectionRange(shift(from), shift(to));
    selection.current = { text, range: [node.selectionStart, node.selectionEnd] };
  }, [ref, text]);
  /** Call from the field's select and input events, so the caret is known before a change arrives. */
  return (node: HTMLTextAreaElement) => {
    selection.current = { text: node.value, range: [node.selectionStart, node.selectionEnd] };
  };
}
