import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Asks for one line of text (e.g. a new title). */
export function TextPromptDialog(props: { title: string; label: string; initial: string; onSubmit(value: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.initial);
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit(value);
        }}
      >
        <label className="field">
          <span>{props.label}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus onFocus={(e) => e.target.select()} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
