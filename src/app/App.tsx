import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryPage } from '../ui/LibraryPage';
import { JoinPage } from '../ui/JoinPage';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import type { BoardRepository } from '../persistence';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useHashRoute } from './useHashRoute';
import { useUpdate } from './serviceWorker';

// The editor (React Flow, the canvas, Yjs editing) loads when a board is opened, not with the library.
const EditorPage = lazy(() => import('../ui/EditorPage').then((m) => ({ default: m.EditorPage })));
const ComparePage = lazy(() => import('../ui/compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const PortfolioPage = lazy(() => import('../ui/PortfolioPage').then((m) => ({ default: m.PortfolioPage })));

export function App({ repo }: { repo: BoardRepository }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const [notice, setNotice] = useState<string | null>(null);
  const update = useUpdate();
  const prompt = update && <UpdatePrompt onReload={update} />;
  if (route.page === 'join')
    return (
      <div className="app">
        <JoinPage repo={repo} room={route.room} server={route.server} secret={route.key} />
      </div>
    );
  if (route.page === 'board')
    return (
      <>
        {prompt}
        <Suspense fallback={<p className="centered">{t('editor.loading')}</p>}>
          <EditorPage key={route.id} id={route.id} card={route.card} repo={repo} notice={notice} onNotice={setNotice} />
        </Suspense>
      </>
    );
  if (route.page === 'compare')
    return (
      <div className="app">
        {prompt}
        <Suspense fallback={<p className="centered">{t('editor.loading')}</p>}>
          <ComparePage key={`${route.id} ${route.with}`} repo={repo} id={route.id} other={route.with} />
        </Suspense>
      </div>
    );
  return (
    <div className="app">
      {prompt}
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        <LanguageSwitcher />
      </header>
      {route.page === 'portfolio' ? (
        <Suspense fallback={<p className="centered">{t('editor.loading')}</p>}>
          <PortfolioPage repo={repo} />
        </Suspense>
      ) : (
        <LibraryPage repo={repo} />
      )}
    </div>
  );
}
