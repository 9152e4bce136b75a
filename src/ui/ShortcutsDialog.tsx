import { useTranslation } from 'react-i18next';
import { clipboardKeys, commands, presentCommands } from './commands';
import { Dialog } from './Dialog';

/** Keys that are not commands: a dialog's or an editor's own Escape, the mouse, the sliders' standard keys. */
const OTHER_KEYS = ['escape', 'shiftClick', 'sliders'] as const;

/** Every keyboard shortcut: the command registry's, then the board's own keys ("?" opens it). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const shown = (keys: string) => keys.replace(/Mod/g, mac ? '⌘' : 'Ctrl');
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
          {[...commands, ...clipboardKeys, ...presentCommands]
            .filter((c) => c.keys)
            .map((c) => (
              <tr key={c.label}>
                <td>
                  <kbd>{shown(c.keys!)}</kbd>
                </td>
                <td>{t(c.label)}</td>
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
