import { memo, useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { Handle, type NodeProps } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { cardDetails, cardLineCount, cardsWithUnseen, fullLineCount, openThreadCounts, updateCard, type Card } from '../model';
import { detailsText } from '../i18n/detailsText';
import { textBurst } from '../store/editorStore';
import { useEditorStore, useEditorStoreApi, useCard, useCardText } from '../store/EditorStoreContext';
import { CARD_HANDLES, type CardNode as CardNodeType } from './cardNodes';
import { MarkerBadges } from './MarkerBadges';
import { useKeptCaret } from './keepCaret';
import { focusCard } from '../editor';
import { cardHighlight } from './highlightColors';
import { useBlobUrl } from './blobs';
import { useOpenDialog } from './EditorContext';

/**
 * One card. The React Flow node carries only geometry and selection; the card itself is read
 * through a narrow O(1) selector, so typing in a card re-renders that card and nothing else.
 * The card element is the focusable `article` named by its text (UI contract); `article` does not
 * allow `aria-selected`, so a selected card says so with `aria-current`.
 */
export const CardNode = memo(function CardNode({ id, selected }: NodeProps<CardNodeType>) {
  const t = useT();
  const editing = useEditorStore((s) => s.editingCardId === id);
  const card = useCard(id);
  const comments = useEditorStore((s) => openThreadCounts(s.board?.comments).get(id) ?? 0);
  const unseen = useEditorStore((s) => cardsWithUnseen(s.board?.comments, s.seenComments, s.author).has(id));
  const detailed = useEditorStore((s) => s.board?.settings?.density === 'detailed');
  const highlighted = useEditorStore((s) => cardHighlight(s.board, s.highlight, id));
  const tabStop = useEditorStore((s) => s.roving === id);
  const readOnly = useEditorStore((s) => s.readOnly);
  const store = useEditorStoreApi();
  const openDialog = useOpenDialog();
  // Scrolled out of view (React Flow renders only visible cards), the Tab stop goes to the cell cursor at the card's cell.
  useEffect(
    () => () => {
      if (store.getState().roving === id) store.getState().setRoving(null);
    },
    [store, id],
  );
  if (!card) return null;
  const [fill, stroke] = highlighted?.split(' ') ?? [];
  return (
    <div
      className={`card${card.evidence ? ` ${card.evidence}` : ''}${highlighted ? ' highlighted' : ''}`}
      role="article"
      tabIndex={tabStop ? 0 : -1}
      data-card-id={id}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        // Focus moves the keyboard's place, never the selection (Enter, Space or a click select).
        store.getState().setRoving(id);
        store.getState().setCursor({ laneId: card.laneId, stepId: card.stepId });
      }}
      aria-label={card.text.trim() || t('card.empty')}
      aria-current={selected || undefined}
      aria-describedby={`badges-${id}`}
      onDragOver={(e) => {
        if (!readOnly && e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={(e) => {
        const files = [...e.dataTransfer.files].filter((f) => f.type.startsWith('image/') || !f.type);
        if (readOnly || !files.length) return;
        e.preventDefault();
        store.getState().select([id]);
        openDialog({ kind: 'addImages', cardId: id, files });
      }}
      style={
        highlighted
          ? ({ background: fill, borderColor: stroke, '--highlight': stroke } as CSSProperties)
          : card.color
            ? { background: card.color }
            : undefined
      }
    >
      {card.images?.[0] && <CardPicture hash={card.images[0].hash} alt={card.images[0].alt} more={card.images.length - 1} />}
      {editing ? <CardTextEditor id={id} initial={card.text} /> : <CardText text={card.text} />}
      {detailed && <CardDetails card={card} />}
      {card.evidence === 'proposed' && (
        <span className="proposed-mark" aria-hidden="true" title={t('card.evidence.proposed')}>
          ◇
        </span>
      )}
      <MarkerBadges card={card} comments={comments} unseen={unseen} />
      {CARD_HANDLES.map((h) => (
        <Handle key={h.id} id={h.id} type={h.type} position={h.position} />
      ))}
    </div>
  );
});

/** The card's first picture, above its text, with how many more it has. */
function CardPicture({ hash, alt, more }: { hash: string; alt: string; more: number }) {
  const t = useT();
  const url = useBlobUrl(hash, 'thumb');
  return (
    <div className="card-picture">
      {url ? <img src={url} alt={alt} draggable={false} /> : <span className="image-missing">{url === null ? t('media.missing') : ''}</span>}
      {more > 0 && <span className="picture-count">{t('media.more', { count: more })}</span>}
    </div>
  );
}

/** Owner, duration and ratings on one line, when the board shows details on its cards. */
function CardDetails({ card }: { card: Card }) {
  const t = useT();
  const text = detailsText(cardDetails(card), t);
  return text ? (
    <div className="card-meta" title={text}>
      {text}
    </div>
  ) : null;
}

/** The card's text, cut with "…" where layout gives it fewer lines than it needs, and whole on hover. */
function CardText({ text }: { text: string }) {
  const lines = cardLineCount(text);
  // Clamped always to the lines layout made room for, so text the estimate under-counts ends in "…" too.
  return (
    <div className="card-text clamped" style={{ '--lines': lines } as CSSProperties} title={fullLineCount(text) > lines ? text : undefined}>
      {text}
    </div>
  );
}

/**
 * Inline editor. Every keystroke is applied to the board (so autosave keeps it) as part of one
 * undo step; Escape puts the original text back. Text typed meanwhile by someone else in the
 * same card appears as it comes, and the caret stays where the user is typing.
 */
function CardTextEditor({ id, initial }: { id: string; initial: string }) {
  const t = useT();
  const text = useCardText(id);
  const original = useRef(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  const remember = useKeptCaret(field, text);
  const store = useEditorStoreApi().getState;
  const finish = () => store().finishEditing(id);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      // Back to the text before this edit: the own typing undone, so text someone else typed
      // into the card meanwhile stays (a new card is emptied, and goes without a trace).
      if (store().newCardId === id) store().apply((b) => updateCard(b, id, { text: original.current }), { merge: textBurst(id) });
      else if (store().burst === textBurst(id)) store().undo();
      finish();
      focusCard(id);
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      finish();
      focusCard(id);
    }
  };
  return (
    <textarea
      ref={field}
      className="card-editor nodrag nowheel"
      aria-label={t('card.edit')}
      value={text}
      autoFocus
      onFocus={(e) => e.target.setSelectionRange(e.target.value.length, e.target.value.length)}
      onSelect={(e) => remember(e.currentTarget)}
      onChange={(e) => {
        remember(e.target);
        store().apply((b) => updateCard(b, id, { text: e.target.value }), { merge: textBurst(id) });
      }}
      // Leaving the window (another app, another tab) is no reason to stop: the browser puts
      // focus back here on return, and the next keystrokes must land in the editor, not the board.
      onBlur={() => document.hasFocus() && finish()}
      onKeyDown={onKeyDown}
    />
  );
}

/** Focuses a card's element once it is rendered (it may appear a frame or two later, e.g. after panning to it). */
