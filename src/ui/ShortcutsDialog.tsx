import { useTranslation } from 'react-i18next';
import { clipboardKeys, commands, kbdShown, presentCommands, shownKbd } from '../editor';
import { Dialog } from './Dialog';

/** Keys that are not commands: a dialog's or an editor's own Escape, the mouse, the sliders' standard keys. */
const OTHER_KEYS = ['escape', 'shiftClick', 'sliders'] as const;

/** Every keyboard shortcut: the command registry's, then the board's own keys ("?" opens it). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const rows = [...commands, ...clipboardKeys, ...presentCommands].flatMap((c) => {
    const kbd = kbdShown(c);
    return kbd ? [{ id: c.id, kbd, label: c.label }] : [];
  });
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <kbd>{shownKbd(row.kbd, mac)}</kbd>
              </td>
              <td>{t(row.label)}</td>
            </tr>
          ))}
          {OTHER_KEYS.map((k) => (
            <tr key={k}>
              <td>
                <kbd>{t(`shortcuts.board.${k}.keys`)}</kbd>
              </td>
              <td>{t(`shortcuts.board.${k}.action`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
