import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the native <dialog> element: its first field focused on open, focus kept
 * inside, Escape to close, role=dialog named by its title, and focus given back on close to what
 * had it before (the button, card or slider the dialog was opened from). Board shortcuts stay off
 * while it is open (useKeyboardCommands).
 */
export function Dialog({ title, onClose, children, wide }: { title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Layout effects: the dialog closes (and focus goes back) while it is still in the document;
  // a passive effect's cleanup runs after React removed it, and focus fell to the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // environments without modal dialogs (older engines, jsdom)
    // The first field has focus from the start (autofocus where a dialog names one).
    const first =
      dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, textarea, select, button');
    if (first && !dialog.contains(document.activeElement)) first.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Back to the opener, unless the dialog's own action moved focus on (a new card's editor, say).
      const lost = !document.activeElement || document.activeElement === document.body || dialog.contains(document.activeElement);
      if (lost && opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // A press on the dialog's text or padding (the second click of the double-click that
      // opened it, say) must not take focus from its field: typing goes on into the field.
      onMouseDown={(e) => {
        if (!(e.target as Element).closest('input, textarea, select, button, a, label, [tabindex]')) e.preventDefault();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The buttons of a form dialog: any of its own first (a delete, say), then Cancel and Save (submit). */
export function SaveActions({ onCancel, children }: { onCancel(): void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      {children}
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="primary">
        {t('common.save')}
      </button>
    </div>
  );
}
