import { Suspense, useEffect } from 'react';
import { CommandCenter } from './features/palette/CommandCenter';
import { PreferencesApplier } from './features/preferences/PreferencesApplier';
import { Sidebar } from './features/shell/Sidebar';
import { StatusBar } from './features/shell/StatusBar';
import { LAZY_VIEWS } from './features/startup/lazyViews';
import { LoadFailureBoundary } from './features/startup/LoadFailureBoundary';
import { useShellStartup } from './features/startup/useShellStartup';
import { ViewLoading } from './features/startup/ViewLoading';
import { openDeepLink } from './features/threads/openDeepLink';
import { call, subscribe } from './lib/api';
import { useAppStore } from './stores/appStore';
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
  const loadProfiles = useAppStore((state) => state.loadProfiles);
  useShellStartup();
  useEffect(() => {
    void loadProfiles();
  }, [loadProfiles]);
  useEffect(() => {
    const takeLink = async () => {
      const taken = await call('app:takeDeepLink', {});
      if (taken.ok && taken.data.url) openDeepLink(taken.data.url);
    };
    void takeLink();
    return subscribe('app:deepLink', () => void takeLink());
  }, []);
  return (
    <div className="shell" data-testid="app-shell">
      <Sidebar />
      <MainArea />
      <StatusBar />
      <PreferencesApplier />
      <CommandCenter />
    </div>
  );
};
