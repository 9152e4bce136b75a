import { MAX_TITLE, type Board } from '../board';
import { cleanName } from './shared';

export function renameBoard(board: Board, title: string): Board {
  const next = cleanName(title, MAX_TITLE);
  return next === board.title ? board : { ...board, title: next };
}

export function setBoardDescription(board: Board, description: string): Board {
  const next = description || undefined;
  if (next === board.description) return board;
  const { description: _old, ...rest } = board;
  return next === undefined ? rest : { ...rest, description: next };
}

/**
 * A title made from another by a template ("{title} (copy)", "{title} (restored)") that
 * still fits the format: the original is shortened with "…" so the template's words survive.
 */
export function derivedTitle(title: string, template: (title: string) => string): string {
  const full = cleanName(template(title), Number.MAX_SAFE_INTEGER);
  if (full.length <= MAX_TITLE) return full;
  const keep = Math.max(0, title.length - (full.length - MAX_TITLE) - 1);
  return cleanName(template(`${title.slice(0, keep)}…`), MAX_TITLE);
}

/** Shows or hides owner, duration and ratings on the cards (a board setting, undoable). */
export function setDensity(board: Board, density: 'compact' | 'detailed'): Board {
  if ((board.settings?.density ?? 'compact') === density) return board;
  const { density: _old, ...rest } = board.settings ?? {};
  const settings = density === 'compact' ? rest : { ...rest, density };
  if (!Object.keys(settings).length) {
    const { settings: _none, ...without } = board;
    return without;
  }
  return { ...board, settings };
}
