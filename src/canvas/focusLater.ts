/**
 * Focuses an element that may only appear a frame or two later (after a re-render or a pan),
 * unless focus moved elsewhere meanwhile. A delayed focus must never take focus from where the
 * user has gone since (the next card's editor, a dialog, a text box): the editor would blur and
 * close in the middle of a word, and the rest of the typing would land on the board.
 */
export function focusLater(selector: string, attempts = 4) {
  const requestedFrom = document.activeElement;
  const attempt = (left: number) =>
    requestAnimationFrame(() => {
      const active = document.activeElement;
      const moved = active !== requestedFrom && active !== null && active !== document.body;
      if (moved) return;
      const el = document.querySelector<HTMLElement>(selector);
      if (el) el.focus();
      else if (left > 0) attempt(left - 1);
    });
  attempt(attempts);
}
