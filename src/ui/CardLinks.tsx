import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linksOf, type Card } from '../model';
import { showCard } from '../editor';
import { useEditor } from '../canvas/EditorContext';
import { useEditorStore } from '../store/EditorStoreContext';

/**
 * The card's links by what they mean ("Addresses", "Solved by", "Supported by"…), each a button
 * that follows it to the linked card. An observed card without an insight behind it says so.
 */
export function CardLinks({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { store, view } = useEditor();
  const board = useEditorStore((s) => s.board);
  const groups = useMemo(() => (board ? linksOf(board, card.id).filter((g) => g.role !== 'linked') : []), [board, card.id]);
  const laneKind = board?.lanes.find((l) => l.id === card.laneId)?.kind;
  const unsourced = card.evidence === 'observed' && laneKind !== 'insight' && !groups.some((g) => g.role === 'supportedBy');
  if (!groups.length && !unsourced) return null;
  const follow = (id: string) => showCard({ store, view }, id);
  return (
    <section aria-labelledby="card-links" className="card-connectors">
      <h3 id="card-links">{t('links.title')}</h3>
      {unsourced && <p className="hint">{t('links.unsourced')}</p>}
      {groups.map((g) => (
        <div key={g.role}>
          <h4>{t(`links.${g.role}`)}</h4>
          <ul>
            {g.cards.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => follow(c.id)}>
                  {c.text.trim() || t('card.empty')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
