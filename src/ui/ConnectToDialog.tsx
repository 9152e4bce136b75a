import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addConnector } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { focusCard } from '../editor';
import { Dialog } from './Dialog';
import { ConnectorKindField, type ConnectorKind } from './ConnectorKindField';

/**
 * The keyboard's way to connect: from the selected card to a card picked from a list grouped by
 * lane, narrowed as the user types (words found in the card's text, lane or step, in any order),
 * with the connector's kind. Enter in the search connects to the first card found.
 */
export function ConnectToDialog({ from, onClose }: { from: string; onClose(): void }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const board = useEditorStore((s) => s.board);
  const source = board?.cards.find((c) => c.id === from);
  const steps = new Map(board?.steps.map((s) => [s.id, s]) ?? []);
  const stepIndex = new Map(board?.steps.map((s, i) => [s.id, i]) ?? []);
  const [query, setQuery] = useState('');
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const lanes = (board?.lanes ?? [])
    .map((lane) => ({
      lane,
      cards: (board?.cards ?? [])
        .filter((c) => c.laneId === lane.id && c.id !== from)
        .filter((c) => {
          const haystack = `${c.text} ${lane.name} ${steps.get(c.stepId)?.name ?? ''}`.toLocaleLowerCase();
          return words.every((w) => haystack.includes(w));
        })
        .sort((a, b) => stepIndex.get(a.stepId)! - stepIndex.get(b.stepId)! || a.order - b.order),
    }))
    .filter((g) => g.cards.length);
  const found = lanes.flatMap((g) => g.cards);
  const [picked, setTo] = useState('');
  // The picked card while the search still finds it, else the first card found.
  const to = found.some((c) => c.id === picked) ? picked : (found[0]?.id ?? '');
  const [kind, setKind] = useState<ConnectorKind>('flow');
  if (!board || !source) return null;
  const close = () => {
    onClose();
    focusCard(from);
  };
  const cardName = (text: string) => text.trim() || t('card.empty');
  return (
    <Dialog title={t('connector.connectFrom', { card: cardName(source.text) })} onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (to) store.getState().apply((b) => addConnector(b, { from, to, kind: kind === 'flow' ? undefined : kind }));
          close();
        }}
      >
        <div className="field">
          <label htmlFor="connect-search">{t('connector.search')}</label>
          <input id="connect-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
          <span className="hint" aria-live="polite">
            {t('connector.found', { count: found.length })}
          </span>
        </div>
        <div className="field">
          <label htmlFor="connect-target">{t('connector.target')}</label>
          <select id="connect-target" value={to} onChange={(e) => setTo(e.target.value)}>
            {lanes.map(({ lane, cards }) => (
              <optgroup key={lane.id} label={lane.name}>
                {cards.map((c) => (
                  <option key={c.id} value={c.id}>{`${cardName(c.text).slice(0, 80)} · ${steps.get(c.stepId)?.name ?? ''}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <ConnectorKindField value={kind} onChange={setKind} />
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!to}>
            {t('connector.connect')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
