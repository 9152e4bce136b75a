import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, MAX_TITLE, type BoardKind } from '../model';
import { Dialog } from './Dialog';

/** Name a new board and choose its template (an empty name keeps the template's title). */
export function NewBoardDialog({ onCreate, onCancel }: { onCreate(kind: BoardKind, name: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BoardKind>('blueprint');
  const [name, setName] = useState('');
  return (
    <Dialog title={t('library.newBoard')} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(kind, name.trim());
        }}
      >
        <div className="field">
          <label htmlFor="new-board-name">{t('template.name')}</label>
          <input
            id="new-board-name"
            value={name}
            maxLength={MAX_TITLE}
            placeholder={t(`template.titles.${kind}`)}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
        </div>
        <fieldset className="templates">
          <legend>{t('template.choose')}</legend>
          {BOARD_KINDS.map((k) => (
            <label key={k} className="template-choice">
              <input type="radio" name="template" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                <strong>{t(`template.kinds.${k}`)}</strong>
                <br />
                <small>{t(`template.hints.${k}`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('template.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
