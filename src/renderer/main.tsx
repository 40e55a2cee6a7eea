import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { startApp } from './bootstrap';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  const i18nReady = initI18n();
  // The first questions to main go out with the page, not after the first render.
  startApp(i18nReady);
  void i18nReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
