import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryPage } from '../ui/LibraryPage';
import { EditorPage } from '../ui/EditorPage';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import type { BoardRepository } from '../persistence';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useHashRoute } from './useHashRoute';
import { useUpdate } from './serviceWorker';

export function App({ repo }: { repo: BoardRepository }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const [notice, setNotice] = useState<string | null>(null);
  const update = useUpdate();
  const prompt = update && <UpdatePrompt onReload={update} />;
  if (route.page === 'board')
    return (
      <>
        {prompt}
        <EditorPage key={route.id} id={route.id} repo={repo} notice={notice} onNotice={setNotice} />
      </>
    );
  return (
    <div className="app">
      {prompt}
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        <LanguageSwitcher />
      </header>
      <LibraryPage repo={repo} />
    </div>
  );
}
