import { createOpportunity, newId, type Problem } from '../model';
import type { Editor } from './commands/types';
import { revealCard } from './view';

/** The words a problem gives the opportunity made from it ("Recover from: Kitchen prepares the dish"). */
export function problemTitle(editor: Pick<Editor, 'store' | 't'>, p: Problem): string {
  const board = editor.store.getState().board;
  const { t } = editor;
  const step = board?.steps.find((s) => s.id === p.stepId)?.name ?? '';
  const card = 'cardId' in p ? board?.cards.find((c) => c.id === p.cardId)?.text.trim() || t('card.empty') : '';
  const persona = p.kind === 'emotionLow' ? (board?.personas.find((x) => x.id === p.personaId)?.name ?? '') : '';
  return t(`backlog.problem.${p.kind}.title`, { card, step, persona });
}

/**
 * "Create opportunity" on a problem the analysis flags: an opportunity card in its step (the
 * lane added when the board has none), titled from the problem, linked to its card, selected and
 * shown. One undo step; nothing on a view-only board.
 */
export function createOpportunityFrom(editor: Editor, p: Problem): string | null {
  const { store, view, t } = editor;
  if (store.getState().readOnly) return null;
  const id = newId('cd_');
  store.getState().apply((b) =>
    createOpportunity(b, {
      stepId: p.stepId,
      from: 'cardId' in p ? p.cardId : undefined,
      text: problemTitle(editor, p),
      id,
      laneName: t('laneKind.opportunity'),
    }),
  );
  if (!store.getState().board?.cards.some((c) => c.id === id)) return null;
  store.getState().select([id]);
  revealCard(view, store.getState().board, id);
  return id;
}
