import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE, type Board } from '../model';
import type { BoardRepository } from '../persistence';
import { Dialog } from './Dialog';
import type { GalleryEntry } from './gallery/TemplateGallery';

// The gallery (examples, their words in the user's language, previews) loads when the dialog opens.
const TemplateGallery = lazy(() => import('./gallery/TemplateGallery'));

/** Name a new board and choose what it starts from (an empty name keeps the template's title). */
export function NewBoardDialog({
  repo,
  onCreate,
  onCancel,
}: {
  repo: BoardRepository;
  onCreate(board: Board, name: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<GalleryEntry | null>(null);
  const [name, setName] = useState('');
  const select = useCallback((entry: GalleryEntry) => setChoice(entry), []);
  return (
    <Dialog title={t('library.newBoard')} onClose={onCancel} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) onCreate(choice.board, name.trim());
        }}
      >
        <div className="field">
          <label htmlFor="new-board-name">{t('template.name')}</label>
          <input
            id="new-board-name"
            value={name}
            maxLength={MAX_TITLE}
            placeholder={choice?.board.title ?? ''}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
        </div>
        <Suspense fallback={<p role="status">{t('gallery.loading')}</p>}>
          <TemplateGallery repo={repo} selected={choice?.id ?? null} onSelect={select} />
        </Suspense>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!choice}>
            {t('template.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
