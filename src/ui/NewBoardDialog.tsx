import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, type BoardKind } from '../model';
import { Dialog } from './Dialog';

/** Choose a template for a new board. */
export function NewBoardDialog({ onCreate, onCancel }: { onCreate(kind: BoardKind): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BoardKind>('blueprint');
  return (
    <Dialog title={t('library.newBoard')} onClose={onCancel}>
      <form onSubmit={(e) => { e.preventDefault(); onCreate(kind); }}>
        <fieldset className="templates">
          <legend>{t('template.choose')}</legend>
          {BOARD_KINDS.map((k) => (
            <label key={k} className="template-choice">
              <input type="radio" name="template" value={k} checked={kind === k} onChange={() => setKind(k)} autoFocus={k === kind} />
              <span><strong>{t(`template.kinds.${k}`)}</strong><br /><small>{t(`template.hints.${k}`)}</small></span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="primary">{t('template.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
