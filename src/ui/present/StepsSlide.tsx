import { useTranslation } from 'react-i18next';
import { cellKey, curveOf, layout, lineBoundaries, type Board, type Card } from '../../model';

/** A score as a signed number with a true minus sign (−1.5, +2). */
export const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');

/**
 * One stage (or part of it) at a size a room can read: steps as columns, lanes as rows, every
 * card at full text size (cards wrap, never shrink; a tall slide scrolls). With a step in the
 * spotlight, that column is wide and the others dim, and its failure and wait points are
 * called out beside it.
 */
export function StepsSlide({ board, stepIds, spot, onSpot }: { board: Board; stepIds: string[]; spot: string | null; onSpot(stepId: string): void }) {
  const { t } = useTranslation();
  const steps = stepIds.map((id) => board.steps.find((s) => s.id === id)!);
  const lanes = board.lanes.filter((l) => l.kind !== 'emotion');
  const lines = new Map(lineBoundaries(lanes).map((b) => [b.after, b.kind]));
  const personas = board.personas.filter((p) => !p.hidden && board.emotions.some((e) => e.personaId === p.id && stepIds.includes(e.stepId)));
  // The cards of each cell in display order, from the board's layout (computed once per board).
  const { cells } = layout(board);
  const byId = new Map(board.cards.map((c) => [c.id, c]));
  const cardsIn = (laneId: string, stepId: string) => (cells.get(cellKey(laneId, stepId)) ?? []).map((id) => byId.get(id)!);
  const columns = steps.map((s) => (s.id === spot ? 'minmax(0, 2.4fr)' : 'minmax(0, 1fr)')).join(' ');
  const dim = (stepId: string) => (spot && spot !== stepId ? ' dimmed' : '');
  const spotCards = spot ? board.cards.filter((c) => c.stepId === spot) : [];

  return (
    <div className={`present-steps${spot ? ' spotlit' : ''}`}>
      <div className="present-grid" role="table" aria-label={t('present.grid')} style={{ gridTemplateColumns: `minmax(9rem, 13rem) ${columns}` }}>
        <div role="row" className="present-row">
          <span role="columnheader" className="present-corner" />
          {steps.map((s) => (
            <span role="columnheader" key={s.id} className={`present-step${s.id === spot ? ' spot' : ''}${dim(s.id)}`}>
              <button type="button" aria-pressed={s.id === spot} onClick={() => onSpot(s.id)}>
                {s.name}
              </button>
            </span>
          ))}
        </div>
        {personas.map((p) => (
          <div role="row" className="present-row present-emotions" key={p.id}>
            <span role="rowheader" className="present-lane" style={{ borderColor: p.color }}>
              {p.name}
            </span>
            {steps.map((s) => {
              const point = board.emotions.find((e) => e.personaId === p.id && e.stepId === s.id && curveOf(e) === 'as-is');
              return (
                <span role="cell" key={s.id} className={`present-cell${dim(s.id)}`}>
                  {point && (
                    <span className={`present-emotion ${point.score < 0 ? 'low' : point.score > 0 ? 'high' : ''}`}>
                      <strong>{signed(point.score)}</strong>
                      {point.note && <span>{point.note}</span>}
                    </span>
                  )}
                </span>
              );
            })}
          </div>
        ))}
        {lanes.map((lane, i) => (
          <div role="row" className={`present-row${lines.has(i) ? ` line-${lines.get(i)}` : ''}`} key={lane.id}>
            <span role="rowheader" className="present-lane">
              {lane.name}
            </span>
            {steps.map((s) => (
              <span role="cell" key={s.id} className={`present-cell${dim(s.id)}`}>
                {cardsIn(lane.id, s.id).map((c) => (
                  <PresentCard key={c.id} card={c} />
                ))}
              </span>
            ))}
          </div>
        ))}
      </div>
      {spot && <Callouts cards={spotCards} stepName={board.steps.find((s) => s.id === spot)?.name ?? ''} />}
    </div>
  );
}

function PresentCard({ card }: { card: Card }) {
  const { t } = useTranslation();
  return (
    <article className={`present-card${card.failure ? ' failure' : ''}${card.wait ? ' wait' : ''}`} aria-label={card.text}>
      <p>{card.text || t('card.empty')}</p>
      {(card.touchpoint || card.failure || card.wait) && (
        <p className="present-marks">
          {card.touchpoint && <span>{t('present.touchpoint')}</span>}
          {card.failure && <span className="mark-failure">{t('present.failure')}</span>}
          {card.wait && (
            <span className="mark-wait">
              {t('present.wait', { n: card.wait.minutes, context: card.wait.minutes === undefined ? 'unset' : undefined })}
            </span>
          )}
        </p>
      )}
    </article>
  );
}

/** What can go wrong and where people wait in the spotlit step, said in full. */
function Callouts({ cards, stepName }: { cards: Card[]; stepName: string }) {
  const { t } = useTranslation();
  const failures = cards.filter((c) => c.failure);
  const waits = cards.filter((c) => c.wait);
  return (
    <aside className="present-callouts" aria-label={t('present.callouts', { name: stepName })}>
      <h2>{stepName}</h2>
      {!failures.length && !waits.length && <p>{t('present.nothingToCall')}</p>}
      {failures.map((c) => (
        <div key={c.id} className="callout failure">
          <h3>{t('present.failureOf', { text: c.text })}</h3>
          {c.failure!.cause && <p>{c.failure!.cause}</p>}
          <p>{c.failure!.recovery ? t('present.recovery', { text: c.failure!.recovery }) : t('present.noRecovery')}</p>
        </div>
      ))}
      {waits.map((c) => (
        <div key={c.id} className="callout wait">
          <h3>{t('present.wait', { n: c.wait!.minutes, context: c.wait!.minutes === undefined ? 'unset' : undefined })}</h3>
          <p>{c.text}</p>
        </div>
      ))}
    </aside>
  );
}
