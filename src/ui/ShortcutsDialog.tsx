import { useTranslation } from 'react-i18next';
import { commands } from './commands';
import { Dialog } from './Dialog';

/** Keys of the board itself (handled by the canvas, headers and sliders), as the help lists them. */
const BOARD_KEYS = ['arrows', 'altArrows', 'enter', 'escape', 'delete', 'clipboard', 'shiftClick', 'headers', 'sliders'] as const;

/** Every keyboard shortcut: the command registry's, then the board's own keys ("?" opens it). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const shown = (keys: string) => keys.replace(/Mod/g, mac ? '⌘' : 'Ctrl');
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcuts">
        <thead><tr><th scope="col">{t('shortcuts.keys')}</th><th scope="col">{t('shortcuts.action')}</th></tr></thead>
        <tbody>
          {commands.filter((c) => c.keys).map((c) => (
            <tr key={c.id}><td><kbd>{shown(c.keys!)}</kbd></td><td>{t(c.label)}</td></tr>
          ))}
          {BOARD_KEYS.map((k) => (
            <tr key={k}><td><kbd>{t(`shortcuts.board.${k}.keys`)}</kbd></td><td>{t(`shortcuts.board.${k}.action`)}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>{t('common.close')}</button>
      </div>
    </Dialog>
  );
}
