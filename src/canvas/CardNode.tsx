import { memo, useRef, type KeyboardEvent } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { updateCard } from '../model';
import { editorStore, useEditor } from '../store/editorStore';
import type { CardNode as CardNodeType } from './useCardNodes';
import { MarkerBadges } from './MarkerBadges';

/** One card. Reads its card from node data (reused while unchanged) and only its own editing flag from the store. */
export const CardNode = memo(function CardNode({ id, data }: NodeProps<CardNodeType>) {
  const editing = useEditor((s) => s.editingCardId === id);
  const { card } = data;
  return (
    <div className="card" style={card.color ? { background: card.color } : undefined}>
      <Handle id="left-in" type="target" position={Position.Left} />
      <Handle id="top-in" type="target" position={Position.Top} />
      <Handle id="bottom-in" type="target" position={Position.Bottom} />
      {editing ? <CardTextEditor id={id} initial={card.text} /> : <div className="card-text">{card.text}</div>}
      <MarkerBadges card={card} />
      <Handle id="right" type="source" position={Position.Right} />
      <Handle id="top" type="source" position={Position.Top} />
      <Handle id="bottom" type="source" position={Position.Bottom} />
    </div>
  );
});

/**
 * Inline editor. Every keystroke is applied to the board (so autosave keeps it) as part of one
 * undo step; Escape puts the original text back.
 */
function CardTextEditor({ id, initial }: { id: string; initial: string }) {
  const { t } = useTranslation();
  const text = useEditor((s) => s.board?.cards.find((c) => c.id === id)?.text ?? '');
  const original = useRef(initial);
  const store = editorStore.getState;
  const finish = () => {
    store().endBurst();
    store().setEditing(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      store().apply((b) => updateCard(b, id, { text: original.current }), { merge: `text:${id}` });
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
      className="card-editor nodrag nowheel"
      aria-label={t('card.edit')}
      value={text}
      autoFocus
      onFocus={(e) => e.target.setSelectionRange(e.target.value.length, e.target.value.length)}
      onChange={(e) => store().apply((b) => updateCard(b, id, { text: e.target.value }), { merge: `text:${id}` })}
      onBlur={finish}
      onKeyDown={onKeyDown}
    />
  );
}

export function focusCard(id: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
}
