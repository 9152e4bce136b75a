/**
 * User Timing for opening a board, from the click on its link in the library to the first
 * frame in which the board is drawn and takes input. The benchmark reads the `open-board`
 * measure; DevTools show it too.
 */
const START = 'open-board:click';

export function markOpenStart() {
  performance.clearMarks(START);
  performance.mark(START);
}

/**
 * Called when the canvas is initialised: measures at the end of the first frame in which cards
 * are drawn (React Flow shows nodes once it has measured them, a frame or more later).
 */
export function measureOpened() {
  if (!performance.getEntriesByName(START, 'mark').length) return; // opened by URL or reload, not from the library
  const visibleCards = () => document.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"]) .card').length;
  const frame = () =>
    requestAnimationFrame(() => {
      if (!visibleCards()) return frame();
      setTimeout(() => {
        // After this frame's paint, once: a second call (React Flow initialising again, a second
        // open racing the first) finds the mark gone and measures nothing rather than throwing.
        if (!performance.getEntriesByName(START, 'mark').length) return;
        performance.measure('open-board', { start: START, detail: { cards: visibleCards() } });
        performance.clearMarks(START);
      });
    });
  frame();
}

/**
 * User Timing for opening Compare, up to the end of the first frame in which both boards and the
 * tables are drawn: `open-compare` from the command in the editor (leaving the editor included),
 * `compare-page` from the moment the Compare page is in the document (the editor it replaced
 * taken down): Compare's own work. The benchmark reads both.
 */
const COMPARE_START = 'open-compare:click';
const PAGE_START = 'compare-page:start';

export function markCompareStart() {
  performance.clearMarks(COMPARE_START);
  performance.mark(COMPARE_START);
}

export function markComparePage() {
  performance.clearMarks(PAGE_START);
  performance.mark(PAGE_START);
}

/** Called once Compare has drawn both boards: measures after that frame's paint, once each. */
export function measureCompareOpened() {
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const [name, start] of [
        ['open-compare', COMPARE_START],
        ['compare-page', PAGE_START],
      ]) {
        if (!performance.getEntriesByName(start!, 'mark').length) continue; // opened otherwise, or measured already
        performance.measure(name!, { start });
        performance.clearMarks(start);
      }
    }),
  );
}
