import { useTranslation } from 'react-i18next';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { downloadJson, fileName } from './download';
import { failureText } from './failureText';

/** Always-visible save state (role=status): Saved / Saving / Not saved, with retry and download when storage fails. */
export function SaveIndicator({ onRetry }: { onRetry(): void }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const save = useEditorStore((s) => s.save);
  const download = () => {
    const board = store.getState().board;
    if (board) downloadJson(fileName(board.title, 'json'), board);
  };
  return (
    <div className={`save-indicator ${save.state}`}>
      <span role="status">
        {save.state === 'saved'
          ? t('save.saved')
          : save.state === 'saving'
            ? t('save.saving')
            : t('save.notSaved', { message: failureText(t, save.failure) })}
      </span>
      {save.state === 'error' && (
        <>
          <button type="button" onClick={onRetry}>
            {t('save.retry')}
          </button>
          <button type="button" onClick={download}>
            {t('save.download')}
          </button>
        </>
      )}
    </div>
  );
}
