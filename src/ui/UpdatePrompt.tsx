import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "A new version is available — Reload": shown on every page, acted on only when the user asks. */
export function UpdatePrompt({ onReload }: { onReload(): Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <div role="status" className="update-prompt">
      {t('update.available')}{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onReload();
        }}
      >
        {t('update.reload')}
      </button>
    </div>
  );
}
