import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, createBoard, type Board } from '../../model';
import { EXAMPLE_KEYS, EXAMPLES, buildExample, type ExampleKey, type ExampleTexts } from '../../model/examples';
import type { BoardRepository, UserTemplate } from '../../persistence/boardRepository';
import { laneNames, templateTexts } from '../../i18n/templateTexts';
import { exampleTexts } from '../../i18n/examples';
import { ConfirmDialog } from '../ConfirmDialog';
import { TemplatePreview } from './TemplatePreview';

/** One choice in the gallery: what it is called, a line about it, and the board it makes. */
export interface GalleryEntry {
  id: string;
  title: string;
  line: string;
  board: Board;
}

/** A fixed date: previews must not change from one render to the next. */
const PREVIEW_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * The New board gallery: example services, the empty structures and the user's own templates,
 * each with a preview drawn from its board, in the user's language. A radio group; the
 * choice is reported with the board it makes.
 */
export default function TemplateGallery({
  repo,
  selected,
  onSelect,
}: {
  repo: BoardRepository;
  selected: string | null;
  onSelect(entry: GalleryEntry): void;
}) {
  const { t, i18n } = useTranslation();
  const [texts, setTexts] = useState<Record<ExampleKey, ExampleTexts> | null>(null);
  const [mine, setMine] = useState<UserTemplate[]>([]);
  const [removing, setRemoving] = useState<UserTemplate | null>(null);
  useEffect(() => {
    let live = true;
    void exampleTexts(i18n.language).then((x) => live && setTexts(x));
    return () => void (live = false);
  }, [i18n.language]);
  const reload = () => repo.templates.list().then(setMine, () => setMine([]));
  useEffect(() => {
    void repo.templates.list().then(setMine, () => setMine([]));
  }, [repo]);

  const structures = useMemo<GalleryEntry[]>(
    () =>
      BOARD_KINDS.map((kind) => ({
        id: `structure:${kind}`,
        title: t(`template.kinds.${kind}`),
        line: t(`template.hints.${kind}`),
        board: createBoard(kind, templateTexts(t), PREVIEW_DATE),
      })),
    [t],
  );
  const examples = useMemo<GalleryEntry[]>(
    () =>
      texts
        ? EXAMPLE_KEYS.map((key) => ({
            id: `example:${key}`,
            title: texts[key].title,
            line: texts[key].line,
            board: buildExample(EXAMPLES[key], texts[key], laneNames(t), PREVIEW_DATE),
          }))
        : [],
    [texts, t],
  );
  const own = mine.map((m) => ({
    id: `user:${m.id}`,
    title: m.name,
    line: t('gallery.savedOn', { date: new Date(m.createdAt).toLocaleDateString(i18n.language) }),
    board: m.board,
  }));

  // Until the user picks, the empty service blueprint is chosen (as before there was a gallery).
  const first = structures[0]!;
  useEffect(() => {
    if (!selected) onSelect(first);
  }, [selected, first, onSelect]);

  const section = (legend: string, entries: GalleryEntry[], remove?: (id: string) => void) => (
    <fieldset className="gallery-section">
      <legend>{legend}</legend>
      <div className="gallery-grid">
        {entries.map((entry) => (
          <div key={entry.id} className="gallery-item">
            <label className="template-choice">
              <input type="radio" name="template" value={entry.id} checked={selected === entry.id} onChange={() => onSelect(entry)} />
              <span className="template-text">
                <strong>{entry.title}</strong>
                <small>{entry.line}</small>
              </span>
              <TemplatePreview board={entry.board} />
            </label>
            {remove && (
              <button
                type="button"
                className="template-delete"
                onClick={() => remove(entry.id)}
                aria-label={t('gallery.delete', { name: entry.title })}
              >
                {t('gallery.deleteShort')}
              </button>
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className="gallery">
      {section(t('gallery.structures'), structures)}
      {texts ? section(t('gallery.examples'), examples) : <p role="status">{t('gallery.loading')}</p>}
      {own.length > 0 && section(t('gallery.mine'), own, (id) => setRemoving(mine.find((m) => `user:${m.id}` === id) ?? null))}
      {removing && (
        <ConfirmDialog
          title={t('gallery.deleteTitle')}
          body={t('gallery.deleteMessage', { name: removing.name })}
          confirmLabel={t('gallery.deleteShort')}
          onConfirm={() => {
            const gone = removing;
            setRemoving(null);
            if (selected === `user:${gone.id}`) onSelect(first);
            void repo.templates.delete(gone.id).then(reload);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
