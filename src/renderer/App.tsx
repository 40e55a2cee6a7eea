import { Suspense } from 'react';
import { CommandCenter } from './features/palette/CommandCenter';
import { usePresentationCommands, usePresentationStore } from './features/presentation';
import './features/presentation/presentation.css';
import { Sidebar } from './features/shell/Sidebar';
import { StatusBar } from './features/shell/StatusBar';
import { LAZY_VIEWS } from './features/startup/lazyViews';
import { LoadFailureBoundary } from './features/startup/LoadFailureBoundary';
import { useShellStartup } from './features/startup/useShellStartup';
import { ViewLoading } from './features/startup/ViewLoading';
import { selectView, useUiStore } from './stores/uiStore';

const MainArea = () => {
  const view = useUiStore(selectView);
  const Current = LAZY_VIEWS[view];
  return (
    <main className="main" data-testid={`view-${view}`}>
      <LoadFailureBoundary key={view}>
        <Suspense fallback={<ViewLoading />}>
          <Current />
        </Suspense>
      </LoadFailureBoundary>
    </main>
  );
};

export const App = () => {
  useShellStartup();
  usePresentationCommands();
  const presenting = usePresentationStore((state) => state.presenting);
  return (
    <div className={presenting ? 'shell shell--presenting' : 'shell'} data-testid="app-shell">
      <Sidebar />
      <MainArea />
      <StatusBar />
      <CommandCenter />
    </div>
  );
};
