import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function ConfirmDialog(props: { title: string; body: string; confirmLabel: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <p>{props.body}</p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
