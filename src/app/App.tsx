import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryPage } from '../ui/LibraryPage';
import { EditorPage } from '../ui/EditorPage';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import type { BoardRepository } from '../persistence';
import { useHashRoute } from './useHashRoute';

export function App({ repo }: { repo: BoardRepository }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const [notice, setNotice] = useState<string | null>(null);
  if (route.page === 'board') return <EditorPage key={route.id} id={route.id} repo={repo} notice={notice} onNotice={setNotice} />;
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        <LanguageSwitcher />
      </header>
      <LibraryPage repo={repo} />
    </div>
  );
}
