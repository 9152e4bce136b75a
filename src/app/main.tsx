import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
// In cascade order: later sheets may refine earlier ones.
import './styles/tokens.css';
import './styles/base.css';
import './styles/board.css';
import './styles/panels.css';
import './styles/gallery.css';
import './styles/present.css';
import './styles/board-extras.css';
import './styles/analysis.css';
import './styles/history.css';
import './styles/share.css';
import './styles/compare.css';
import { initI18n } from '../i18n';
import { App } from './App';
import { repository } from './services';
import { startServiceWorker } from './serviceWorker';
import { installTextMeasure } from './textMeasure';

startServiceWorker();
installTextMeasure();
// Pictures and files nothing has used for a week are freed, once per visit, when the app has
// settled; a collection that fails (storage) frees nothing and is tried at the next visit.
setTimeout(() => void repository.collectBlobs().catch(() => {}), 20_000);
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App repo={repository} />
    </StrictMode>,
  );
});
