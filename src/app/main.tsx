import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { initI18n } from '../i18n';
import { App } from './App';
import { repository } from './services';
import { startServiceWorker } from './serviceWorker';
import { installTextMeasure } from './textMeasure';

startServiceWorker();
installTextMeasure();
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App repo={repository} />
    </StrictMode>,
  );
});
