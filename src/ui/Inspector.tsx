import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from './CommentsPanel';
import {
  CARD_FIELDS,
  formatPriority,
  laneMetric,
  opportunityPriority,
  MARKER_KINDS,
  setBoardDescription,
  linkCardToEmotion,
  toggleMarker,
  ownersOf,
  updateCard,
  type Card,
  type CardField,
  type CardPatch,
  type MarkerKind,
} from '../model';
import { CardFieldInput, Field } from './CardFieldInput';
import { CardLinks } from './CardLinks';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { PersonasPanel } from './PersonasPanel';
import { StepFields } from './StepFields';
import { LaneFields } from './LaneFields';
import { useRun } from '../canvas/EditorContext';
import { ActivityList } from './ActivityList';
import { MeasurementList } from './metrics/MeasurementList';
import { CardMedia } from './media/CardMedia';

export const CARD_COLORS = ['#ffffff', '#fef9c3', '#dcfce7', '#dbeafe', '#fce7f3', '#ede9fe', '#fee2e2'] as const;

/** A card field's edit as an op; typing in one field is one undo step. */
function useCardPatch() {
  const store = useEditorStoreApi();
  return {
    apply: (id: string, field: string, patch: CardPatch) => store.getState().apply((b) => updateCard(b, id, patch), { merge: `card:${id}:${field}` }),
    endBurst: () => store.getState().endBurst(),
  };
}

/** The selected card's fields. Every edit is an op (undoable, autosaved); typing in one field is one undo step. */
export function Inspector() {
  const { t } = useTranslation();
  const card = useEditorStore((s) => (s.selection.length === 1 ? s.board?.cards.find((c) => c.id === s.selection[0]) : undefined));
  const count = useEditorStore((s) => s.selection.length);
  const step = useEditorStore((s) => (s.header?.kind === 'step' ? s.board?.steps.find((x) => x.id === s.header!.id) : undefined));
  const lane = useEditorStore((s) => (s.header?.kind === 'lane' ? s.board?.lanes.find((x) => x.id === s.header!.id) : undefined));
  const readOnly = useEditorStore((s) => s.readOnly);
  const metricCell = useMetricCell();
  return (
    <aside className="inspector" aria-label={t('inspector.title')} tabIndex={-1}>
      <h2>{t('inspector.title')}</h2>
      {/* A view-only board shows its details without a control that could change them; its
          comments are outside that (a comment link may add them, and the panel knows when). */}
      {card ? (
        <>
          <fieldset className="bare" disabled={readOnly}>
            <CardFields key={card.id} card={card} />
          </fieldset>
          {/* Pictures are opened and files downloaded on any link: the section disables only its changes. */}
          <CardMedia key={`media-${card.id}`} card={card} />
          <fieldset className="bare" disabled={readOnly}>
            <CardLinks card={card} />
            <CardConnectors card={card} />
          </fieldset>
        </>
      ) : (
        <fieldset className="bare" disabled={readOnly}>
          {step ? (
            <StepFields key={step.id} step={step} />
          ) : lane ? (
            <LaneFields key={lane.id} lane={lane} />
          ) : metricCell && count === 0 ? (
            <MeasurementList
              key={`${metricCell.metric.id}:${metricCell.step.id}`}
              metric={metricCell.metric}
              scope={{ stepId: metricCell.step.id }}
              title={t('measurement.stepTitle', { metric: metricCell.metric.name, step: metricCell.step.name })}
            />
          ) : (
            <>
              <p className="hint">{count > 1 ? t('inspector.many', { count }) : t('inspector.none')}</p>
              {count === 0 && <BoardDescription />}
            </>
          )}
        </fieldset>
      )}
      {card && <CommentsPanel key={`comments-${card.id}`} cardId={card.id} />}
      {!card && !step && !lane && !metricCell && count === 0 && <ActivityList />}
      <fieldset className="bare" disabled={readOnly}>
        <PersonasPanel />
      </fieldset>
    </aside>
  );
}

/** The metric and step of the metric-lane cell the keyboard's cursor is on, if it is on one. */
function useMetricCell() {
  const cursor = useEditorStore((s) => s.cursor);
  const lanes = useEditorStore((s) => s.board?.lanes);
  const metrics = useEditorStore((s) => s.board?.metrics);
  const steps = useEditorStore((s) => s.board?.steps);
  return useMemo(() => {
    const lane = cursor && lanes?.find((l) => l.id === cursor.laneId);
    const metric = laneMetric(metrics, lane ?? undefined);
    const step = metric && steps?.find((s) => s.id === cursor!.stepId);
    return metric && step ? { metric, step } : null;
  }, [cursor, lanes, metrics, steps]);
}

/**
 * The selected card's connectors, each a button that opens it (label, kind, delete): the
 * keyboard's way to a connector, since connectors on the board are not Tab stops.
 */
function CardConnectors({ card }: { card: Card }) {
  const { t } = useTranslation();
  const run = useRun();
  const connectors = useEditorStore((s) => s.board?.connectors);
  const cards = useEditorStore((s) => s.board?.cards);
  const mine = (connectors ?? []).filter((c) => c.from === card.id || c.to === card.id);
  if (!mine.length) return null;
  const text = (id: string) => cards?.find((c) => c.id === id)?.text.trim() || t('card.empty');
  return (
    <section aria-labelledby="card-connectors" className="card-connectors">
      <h3 id="card-connectors">{t('connector.list')}</h3>
      <ul>
        {mine.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => run('editConnector', { kind: 'connector', id: c.id })}>
              {t('connector.name', { from: text(c.from), to: cards?.some((x) => x.id === c.to) ? text(c.to) : t('connector.emotionPoint') })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The owners written on the board's cards, each once (as first written), for the owner field's suggestions. */
function OwnerSuggestions({ id }: { id: string }) {
  const cards = useEditorStore((s) => s.board?.cards);
  const owners = useMemo(() => ownersOf((cards ?? []).map((c) => c.owner)), [cards]);
  return (
    <datalist id={id}>
      {owners.map((o) => (
        <option key={o} value={o} />
      ))}
    </datalist>
  );
}

/** The selected card's fields, each drawn from the field table (`CARD_FIELDS`) by its kind. */
function CardFields({ card }: { card: Card }) {
  const laneKind = useEditorStore((s) => s.board?.lanes.find((l) => l.id === card.laneId)?.kind);
  const { apply, endBurst } = useCardPatch();
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const id = card.id;
  const input = (field: CardField) => (
    <CardFieldInput
      key={field.key}
      field={field}
      card={card}
      onChange={(value) => apply(id, field.key, field.patch(card, value))}
      onEndBurst={endBurst}
      // The owners already on the board are offered, so one organisation is not written two ways.
      suggestions={(listId) => <OwnerSuggestions id={listId} />}
    />
  );
  const marker = (kind: MarkerKind) => (
    <fieldset className="marker" key={kind}>
      <legend>
        <label>
          <input
            type="checkbox"
            checked={!!card[kind]}
            onChange={(e) => store.getState().apply((b) => toggleMarker(b, id, kind, e.target.checked))}
          />
          {t(`card.${kind}`)}
        </label>
      </legend>
      {card[kind] && CARD_FIELDS.filter((f) => f.marker === kind).map(input)}
    </fieldset>
  );
  // The card's own words first, then what its lane asks for (an insight's source, an
  // opportunity's scores, a solution's status), its markers and what it explains, then the rest.
  const general = CARD_FIELDS.filter((f) => !f.lanes);
  const firstMarker = general.findIndex((f) => f.marker);
  const rest = general.slice(firstMarker).filter((f) => !f.marker);
  const own = CARD_FIELDS.filter((f) => laneKind && f.lanes?.includes(laneKind));
  return (
    <div className="fields">
      {general.slice(0, firstMarker).map(input)}
      {own.map(input)}
      {laneKind === 'opportunity' && <Priority card={card} />}
      {MARKER_KINDS.map(marker)}
      <EmotionLink card={card} />
      {rest.map(input)}
      <CardColors card={card} />
    </div>
  );
}

/** An opportunity's priority, with the formula it comes from. */
function Priority({ card }: { card: Card }) {
  const { t } = useTranslation();
  const p = opportunityPriority(card);
  return (
    <p className="priority-output" aria-live="polite">
      <strong>{p === undefined ? t('backlog.priorityUnset') : t('backlog.priorityIs', { value: formatPriority(p) })}</strong>{' '}
      <span className="hint">{t('backlog.formula')}</span>
    </p>
  );
}

function CardColors({ card }: { card: Card }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  return (
    <fieldset className="colors">
      <legend>{t('inspector.color')}</legend>
      {CARD_COLORS.map((c, i) => (
        <label key={c} className="swatch" style={{ background: c }}>
          <input
            type="radio"
            name={`color-${card.id}`}
            checked={(card.color ?? CARD_COLORS[0]) === c}
            onChange={() => store.getState().apply((b) => updateCard(b, card.id, { color: i === 0 ? undefined : c }))}
          />
          <span className="visually-hidden">{t(`inspector.colors.${i}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** With nothing selected: what the board is about (kept in its file and in Mermaid exports). */
function BoardDescription() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const description = useEditorStore((s) => s.board?.description ?? '');
  return (
    <Field label={t('inspector.boardDescription')}>
      {(fid) => (
        <textarea
          id={fid}
          rows={4}
          value={description}
          onChange={(e) => store.getState().apply((b) => setBoardDescription(b, e.target.value), { merge: 'description' })}
          onBlur={() => store.getState().endBurst()}
        />
      )}
    </Field>
  );
}

/** For pain points and opportunities: which emotion point (persona × step) this card explains. */
function EmotionLink({ card }: { card: Card }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const lane = useEditorStore((s) => s.board?.lanes.find((l) => l.id === card.laneId));
  const board = useEditorStore((s) => s.board);
  if (!board || (lane?.kind !== 'pain' && lane?.kind !== 'opportunity')) return null;
  const points = new Set(board.emotions.map((e) => e.id));
  const linked = board.connectors.find((c) => c.from === card.id && points.has(c.to))?.to ?? '';
  const label = (e: (typeof board.emotions)[number]) => {
    const persona = board.personas.find((p) => p.id === e.personaId)?.name ?? '';
    const step = board.steps.find((s) => s.id === e.stepId)?.name ?? '';
    return `${persona} · ${step} (${e.score > 0 ? '+' : ''}${e.score})${e.curve === 'to-be' ? ` ${t('inspector.toBe')}` : ''}`;
  };
  return (
    <Field label={t('inspector.emotionLink')}>
      {(fid) => (
        <select id={fid} value={linked} onChange={(e) => store.getState().apply((b) => linkCardToEmotion(b, card.id, e.target.value || null))}>
          <option value="">—</option>
          {board.emotions.map((e) => (
            <option key={e.id} value={e.id}>
              {label(e)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
