import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { useAppStore } from './stores/appStore';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  // The shell's first question to main goes out with the page, not after the first render.
  void useAppStore.getState().loadInfo();
  void initI18n().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
