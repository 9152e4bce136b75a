import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { versionChanges, versionDiff, type Board, type VersionChanges } from '../model';
import type { VersionEntry } from '../persistence/boardRepository';
import type { BoardSession } from '../session/boardSession';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { Dialog } from './Dialog';
import { useVersionTime, VersionList } from './VersionList';
import { exportTexts } from './exportTexts';
import { boardHref, navigate } from './routes';

type Preview = { id: number; board: Board; image: string } | { id: number; error: string };

/**
 * Version history: the board's versions, newest first; one chosen is drawn as it was, with what
 * changed since; it can be restored (one undoable edit) or restored as a new board.
 */
export function HistoryDialog({ session, onClose, onNotice }: { session: BoardSession; onClose(): void; onNotice(text: string): void }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const current = useEditorStore((s) => s.board);
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const time = useVersionTime();
  const reload = () => void session.versions.list().then(setVersions);
  useEffect(reload, [session]);
  useEffect(() => () => void (preview && 'image' in preview && URL.revokeObjectURL(preview.image)), [preview]);

  const choose = async (v: VersionEntry) => {
    const loaded = await session.versions.load(v.id);
    if (!loaded.ok) return setPreview({ id: v.id, error: t('history.unreadable') });
    const { exportPng } = await import('../files/png');
    const png = await exportPng(loaded.board, {
      scale: 1,
      texts: exportTexts(t, i18n.language),
      fontFamily: getComputedStyle(document.body).fontFamily,
    });
    setPreview({ id: v.id, board: loaded.board, image: URL.createObjectURL(png.blob) });
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await session.keepVersion('named', name.trim() || undefined)) {
      setName('');
      onNotice(t('history.saved'));
    }
    reload();
  };
  const chosen = versions?.find((v) => v.id === preview?.id);

  return (
    <Dialog title={t('history.title')} onClose={onClose} wide>
      <form className="history-save" onSubmit={(e) => void save(e)}>
        <label>
          <span>{t('history.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('history.namePlaceholder')} />
        </label>
        <button type="submit">{t('history.saveVersion')}</button>
      </form>
      <div className="history">
        <VersionList
          versions={versions}
          item={(v, name) => (
            <button type="button" aria-pressed={preview?.id === v.id} onClick={() => void choose(v)}>
              <strong>{name}</strong>
              <span>{time(v.createdAt)}</span>
              <span className="hint">{t('history.cards', { count: v.cards })}</span>
            </button>
          )}
        />
        {preview && chosen && (
          <section className="history-preview" aria-label={time(chosen.createdAt)}>
            {'error' in preview ? (
              <p role="alert">{preview.error}</p>
            ) : (
              <>
                <h3>{t('history.since')}</h3>
                {current && <p>{t('history.summary', { ...versionDiff(preview.board, current) })}</p>}
                {current && <ChangeList changes={versionChanges(preview.board, current)} />}
                <div className="history-actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={async () => {
                      if (await session.restore(preview.id)) onNotice(t('history.restored', { time: time(chosen.createdAt) }));
                      onClose();
                    }}
                  >
                    {t('history.restore')}
                  </button>
                  <button
                    type="button"
                    onClick={async () => {
                      const copy = await session.restoreAsCopy(preview.id, (title) => t('history.copyTitle', { title }));
                      if (!copy) return;
                      onNotice(t('history.copied', { title: copy.title }));
                      store.getState().select([]);
                      navigate(boardHref(copy.id));
                    }}
                  >
                    {t('history.restoreAsCopy')}
                  </button>
                </div>
                <img src={preview.image} alt={t('history.preview', { time: time(chosen.createdAt) })} />
              </>
            )}
          </section>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** The changes since a version, named: which cards came, went or changed (text then → now), which steps and lanes were renamed. */
function ChangeList({ changes }: { changes: VersionChanges }) {
  const { t } = useTranslation();
  const name = (text: string) => text.trim() || t('card.empty');
  const change = ({ before, after }: { before: string; after: string }) => (before === after ? name(after) : `${name(before)} → ${name(after)}`);
  const groups: [string, string[]][] = [
    [t('history.added'), changes.cardsAdded.map(name)],
    [t('history.removed'), changes.cardsRemoved.map(name)],
    [t('history.edited'), changes.cardsEdited.map(change)],
    [t('history.stepsRenamed'), changes.stepsRenamed.map(change)],
    [t('history.lanesRenamed'), changes.lanesRenamed.map(change)],
  ];
  return (
    <dl className="history-changes">
      {groups
        .filter(([, items]) => items.length)
        .map(([title, items]) => (
          <div key={title}>
            <dt>{title}</dt>
            <dd>
              <ul>
                {items.slice(0, 50).map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
                {items.length > 50 && <li>{t('history.more', { count: items.length - 50 })}</li>}
              </ul>
            </dd>
          </div>
        ))}
    </dl>
  );
}
