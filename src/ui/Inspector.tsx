import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from './CommentsPanel';
import {
  CHANNELS,
  EVIDENCE_STATUSES,
  SERVQUAL_DIMENSIONS,
  setBoardDescription,
  linkCardToEmotion,
  toggleMarker,
  ownerKey,
  updateCard,
  type Card,
  type CardPatch,
  type Channel,
  type MarkerKind,
} from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { PersonasPanel } from './PersonasPanel';
import { StepFields } from './StepFields';
import { LaneFields } from './LaneFields';
import { useRun } from '../canvas/EditorContext';

export const CARD_COLORS = ['#ffffff', '#fef9c3', '#dcfce7', '#dbeafe', '#fce7f3', '#ede9fe', '#fee2e2'] as const;

/** A card field's edit as an op; typing in one field is one undo step. */
function useCardPatch() {
  const store = useEditorStoreApi();
  return {
    apply: (id: string, field: string, patch: CardPatch) => store.getState().apply((b) => updateCard(b, id, patch), { merge: `card:${id}:${field}` }),
    endBurst: () => store.getState().endBurst(),
  };
}

/** Number input value → number or undefined (empty / not a number). */
const numberOrUndefined = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

/** The selected card's fields. Every edit is an op (undoable, autosaved); typing in one field is one undo step. */
export function Inspector() {
  const { t } = useTranslation();
  const card = useEditorStore((s) => (s.selection.length === 1 ? s.board?.cards.find((c) => c.id === s.selection[0]) : undefined));
  const count = useEditorStore((s) => s.selection.length);
  const step = useEditorStore((s) => (s.header?.kind === 'step' ? s.board?.steps.find((x) => x.id === s.header!.id) : undefined));
  const lane = useEditorStore((s) => (s.header?.kind === 'lane' ? s.board?.lanes.find((x) => x.id === s.header!.id) : undefined));
  const readOnly = useEditorStore((s) => s.readOnly);
  return (
    <aside className="inspector" aria-label={t('inspector.title')} tabIndex={-1}>
      <h2>{t('inspector.title')}</h2>
      {/* A view-only board shows its details without a control that could change them. */}
      <fieldset className="bare" disabled={readOnly}>
        {card ? (
          <>
            <CardFields key={card.id} card={card} />
            <CardConnectors card={card} />
            <CommentsPanel key={`comments-${card.id}`} cardId={card.id} />
          </>
        ) : step ? (
          <StepFields key={step.id} step={step} />
        ) : lane ? (
          <LaneFields key={lane.id} lane={lane} />
        ) : (
          <>
            <p className="hint">{count > 1 ? t('inspector.many', { count }) : t('inspector.none')}</p>
            {count === 0 && <BoardDescription />}
          </>
        )}
        <PersonasPanel />
      </fieldset>
    </aside>
  );
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
  const owners = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of cards ?? []) {
      const owner = c.owner?.trim();
      if (owner && !seen.has(ownerKey(owner))) seen.set(ownerKey(owner), owner);
    }
    return [...seen.values()].sort((a, b) => a.localeCompare(b));
  }, [cards]);
  return (
    <datalist id={id}>
      {owners.map((o) => (
        <option key={o} value={o} />
      ))}
    </datalist>
  );
}

function CardFields({ card }: { card: Card }) {
  const { apply, endBurst } = useCardPatch();
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const id = card.id;
  const marker = (kind: MarkerKind, label: string, children: ReactNode) => (
    <fieldset className="marker">
      <legend>
        <label>
          <input
            type="checkbox"
            checked={!!card[kind]}
            onChange={(e) => store.getState().apply((b) => toggleMarker(b, id, kind, e.target.checked))}
          />
          {label}
        </label>
      </legend>
      {card[kind] && children}
    </fieldset>
  );
  const rating = (value: number | undefined, onChange: (v: number | undefined) => void, label: string) => (
    <Field label={label}>
      {(fid) => (
        <select id={fid} value={value ?? ''} onChange={(e) => onChange(numberOrUndefined(e.target.value))}>
          <option value="">—</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="fields">
      <Field label={t('inspector.text')}>
        {(fid) => <textarea id={fid} rows={3} value={card.text} onChange={(e) => apply(id, 'text', { text: e.target.value })} onBlur={endBurst} />}
      </Field>
      <Field label={t('inspector.details')}>
        {(fid) => (
          <textarea
            id={fid}
            rows={3}
            value={card.details ?? ''}
            onChange={(e) => apply(id, 'details', { details: e.target.value || undefined })}
            onBlur={endBurst}
          />
        )}
      </Field>
      {marker(
        'touchpoint',
        t('card.touchpoint'),
        card.touchpoint && (
          <>
            <Field label={t('inspector.channel')}>
              {(fid) => (
                <select
                  id={fid}
                  value={card.touchpoint!.channel}
                  onChange={(e) => apply(id, 'tp', { touchpoint: { ...card.touchpoint!, channel: e.target.value as Channel } })}
                >
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`channel.${c}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {rating(
              card.touchpoint.importance,
              (importance) => apply(id, 'tp', { touchpoint: { ...card.touchpoint!, importance } }),
              t('inspector.importance'),
            )}
            {rating(
              card.touchpoint.performance,
              (performance) => apply(id, 'tp', { touchpoint: { ...card.touchpoint!, performance } }),
              t('inspector.performance'),
            )}
          </>
        ),
      )}
      {marker(
        'failure',
        t('card.failure'),
        card.failure && (
          <>
            <Field label={t('inspector.severity')}>
              {(fid) => (
                <select
                  id={fid}
                  value={card.failure!.severity}
                  onChange={(e) => apply(id, 'severity', { failure: { ...card.failure!, severity: Number(e.target.value) } })}
                >
                  {[1, 2, 3].map((n) => (
                    <option key={n} value={n}>
                      {t(`inspector.severity${n}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('inspector.cause')}>
              {(fid) => (
                <textarea
                  id={fid}
                  rows={2}
                  value={card.failure!.cause ?? ''}
                  onChange={(e) => apply(id, 'cause', { failure: { ...card.failure!, cause: e.target.value || undefined } })}
                  onBlur={endBurst}
                />
              )}
            </Field>
            <Field label={t('inspector.recovery')}>
              {(fid) => (
                <textarea
                  id={fid}
                  rows={2}
                  value={card.failure!.recovery ?? ''}
                  onChange={(e) => apply(id, 'recovery', { failure: { ...card.failure!, recovery: e.target.value || undefined } })}
                  onBlur={endBurst}
                />
              )}
            </Field>
          </>
        ),
      )}
      {marker(
        'wait',
        t('card.wait'),
        card.wait && (
          <Field label={t('inspector.waitMinutes')}>
            {(fid) => (
              <input
                id={fid}
                type="number"
                min={0}
                value={card.wait!.minutes ?? ''}
                placeholder={t('inspector.minutesNotSet')}
                onChange={(e) => {
                  const minutes = numberOrUndefined(e.target.value);
                  apply(id, 'wait', { wait: minutes === undefined ? {} : { minutes: Math.max(0, minutes) } });
                }}
                onBlur={endBurst}
              />
            )}
          </Field>
        ),
      )}
      <EmotionLink card={card} />
      <Field label={t('inspector.owner')}>
        {(fid) => (
          <>
            {/* The owners already on the board are offered, so one organisation is not written two ways. */}
            <input
              id={fid}
              list={`${fid}-owners`}
              value={card.owner ?? ''}
              onChange={(e) => apply(id, 'owner', { owner: e.target.value || undefined })}
              onBlur={endBurst}
            />
            <OwnerSuggestions id={`${fid}-owners`} />
          </>
        )}
      </Field>
      <Field label={t('inspector.duration')}>
        {(fid) => (
          <input
            id={fid}
            type="number"
            min={0}
            value={card.durationMinutes ?? ''}
            onChange={(e) => apply(id, 'duration', { durationMinutes: clampMin0(numberOrUndefined(e.target.value)) })}
            onBlur={endBurst}
          />
        )}
      </Field>
      <Field label={t('inspector.cost')}>
        {(fid) => (
          <input
            id={fid}
            type="number"
            value={card.cost ?? ''}
            onChange={(e) => apply(id, 'cost', { cost: numberOrUndefined(e.target.value) })}
            onBlur={endBurst}
          />
        )}
      </Field>
      <Field label={t('inspector.servqual')}>
        {(fid) => (
          <select
            id={fid}
            value={card.servqual ?? ''}
            onChange={(e) => apply(id, 'servqual', { servqual: (e.target.value || undefined) as Card['servqual'] })}
          >
            <option value="">—</option>
            {SERVQUAL_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`servqual.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inspector.evidence')}>
        {(fid) => (
          <select
            id={fid}
            value={card.evidence ?? ''}
            onChange={(e) => apply(id, 'evidence', { evidence: (e.target.value || undefined) as Card['evidence'] })}
          >
            <option value="">—</option>
            {EVIDENCE_STATUSES.map((d) => (
              <option key={d} value={d}>
                {t(`card.evidence.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inspector.tags')}>
        {(fid) => (
          <input
            id={fid}
            key={(card.tags ?? []).join('\n')}
            defaultValue={(card.tags ?? []).join(', ')}
            placeholder={t('inspector.tagsHint')}
            onBlur={(e) => {
              const tags = [
                ...new Set(
                  e.target.value
                    .split(/[,，]/)
                    .map((s) => s.trim())
                    .filter(Boolean),
                ),
              ];
              store.getState().apply((b) => updateCard(b, id, { tags: tags.length ? tags : undefined }));
            }}
          />
        )}
      </Field>
      <fieldset className="colors">
        <legend>{t('inspector.color')}</legend>
        {CARD_COLORS.map((c, i) => (
          <label key={c} className="swatch" style={{ background: c }}>
            <input
              type="radio"
              name={`color-${id}`}
              checked={(card.color ?? CARD_COLORS[0]) === c}
              onChange={() => store.getState().apply((b) => updateCard(b, id, { color: i === 0 ? undefined : c }))}
            />
            <span className="visually-hidden">{t(`inspector.colors.${i}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

const clampMin0 = (n: number | undefined) => (n === undefined ? undefined : Math.max(0, n));

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

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
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
