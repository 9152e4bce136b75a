import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activityGroups, type Activity } from '../model';
import { showCard } from '../editor';
import { useEditor } from '../canvas/EditorContext';
import { useEditorStore } from '../store/EditorStoreContext';

/** Groups shown at most: the log keeps more, the panel shows the recent ones. */
const SHOWN = 15;

/**
 * Who changed what recently, from the board's own activity log (it travels with the board, so a
 * collaborator's changes are here once they arrived): newest first, one group per person and
 * stretch of work, with the cards added, changed and removed. A card still on the board is a
 * button that shows it.
 */
export function ActivityList() {
  const { t, i18n } = useTranslation();
  const { store, view } = useEditor();
  const activity = useEditorStore((s) => s.board?.activity);
  const cards = useEditorStore((s) => s.board?.cards);
  const groups = useMemo(() => activityGroups(activity).slice(0, SHOWN), [activity]);
  const onBoard = useMemo(() => new Set((cards ?? []).map((c) => c.id)), [cards]);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const follow = (id: string) => showCard({ store, view }, id);
  const entry = (a: Activity) => {
    const name = a.text || t('card.empty');
    return (
      <li key={a.id}>
        {onBoard.has(a.cardId) ? (
          <button type="button" className="link-button" onClick={() => follow(a.cardId)}>
            {name}
          </button>
        ) : (
          name
        )}
      </li>
    );
  };
  return (
    <section className="activity" aria-labelledby="activity-title">
      <h3 id="activity-title">{t('activity.title')}</h3>
      {!groups.length && <p className="hint">{t('activity.none')}</p>}
      <ol className="activity-groups">
        {groups.map((g) => (
          <li key={`${g.who}-${g.from}`}>
            <p className="activity-head">
              <strong>{g.who || t('activity.unnamed')}</strong> · <time dateTime={g.to}>{time.format(new Date(g.to))}</time>
            </p>
            {(['added', 'edited', 'removed'] as const).map(
              (kind) =>
                g[kind].length > 0 && (
                  <div key={kind}>
                    <p className="hint">{t(`activity.${kind}`, { count: g[kind].length })}</p>
                    <ul>{g[kind].map(entry)}</ul>
                  </div>
                ),
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
