/** The focus move asked for and not yet made: a later request replaces it, keeping where focus was before the first. */
let pending: { id: number; from: Element | null } | null = null;
let requests = 0;

/**
 * Focuses an element that may only appear a frame or two later (after a re-render or a pan),
 * unless focus moved elsewhere meanwhile. A delayed focus must never take focus from where the
 * user has gone since (the next card's editor, a dialog, a text box): the editor would blur and
 * close in the middle of a word, and the rest of the typing would land on the board.
 * Requests made before the first one is done (two arrow keys within a frame, fast typing) replace
 * it: the last one wins, measured against where focus was before the first, so no key is lost.
 */
export function focusLater(selector: string, attempts = 4) {
  const id = ++requests;
  const from = pending ? pending.from : document.activeElement;
  pending = { id, from };
  const attempt = (left: number) =>
    requestAnimationFrame(() => {
      if (pending?.id !== id) return; // a later request took over
      const active = document.activeElement;
      const moved = active !== from && active !== null && active !== document.body;
      const el = moved ? null : document.querySelector<HTMLElement>(selector);
      if (el) el.focus();
      if (moved || el || left === 0) pending = null;
      else attempt(left - 1);
    });
  attempt(attempts);
}

/** Focus moves the editor makes: to a card, the cell cursor, a header, an emotion slider. */
export const focusCard = (id: string) => focusLater(`[data-card-id="${CSS.escape(id)}"]`);
export const focusCellCursor = () => focusLater('.cell-cursor');
export const focusHeader = (id: string) => focusLater(`[data-header-id="${CSS.escape(id)}"]`);
const sliderAt = (stepId: string) => `.emotion-handle[data-step-id="${CSS.escape(stepId)}"]`;
export const hasSlider = (stepId: string) => !!document.querySelector(sliderAt(stepId));
export const focusSlider = (stepId: string) => focusLater(sliderAt(stepId));
/** The side panel's form for the measurements of the metric cell the cursor is on. */
export const focusMeasurementForm = () => focusLater('[data-measurement-value]');
