import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './components/EmptyState';
import { Sidebar } from './features/shell/Sidebar';
import { StatusBar } from './features/shell/StatusBar';
import { useAppStore } from './stores/appStore';
import { selectView, useUiStore } from './stores/uiStore';

const MainArea = () => {
  const { t } = useTranslation();
  const view = useUiStore(selectView);
  return (
    <main className="main" data-testid={`view-${view}`}>
      <EmptyState title={t(`empty.${view}Title`)}>
        <p>{t(`empty.${view}Body`)}</p>
      </EmptyState>
    </main>
  );
};

export const App = () => {
  const loadInfo = useAppStore((state) => state.loadInfo);
  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);
  return (
    <div className="shell" data-testid="app-shell">
      <Sidebar />
      <MainArea />
      <StatusBar />
    </div>
  );
};
