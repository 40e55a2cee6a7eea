import { useEffect } from 'react';
import { CommandCenter } from './features/palette/CommandCenter';
import { PlaygroundView } from './features/playground/PlaygroundView';
import { PreferencesApplier } from './features/preferences/PreferencesApplier';
import { SettingsView } from './features/settings/SettingsView';
import { Sidebar } from './features/shell/Sidebar';
import { StatusBar } from './features/shell/StatusBar';
import { openDeepLink } from './features/threads/openDeepLink';
import { ThreadsView } from './features/threads/ThreadsView';
import { call, subscribe } from './lib/api';
import { useAppStore } from './stores/appStore';
import { selectView, useUiStore, type View } from './stores/uiStore';

const VIEWS: Record<View, () => React.JSX.Element> = {
  playground: PlaygroundView,
  threads: ThreadsView,
  settings: SettingsView,
};

const MainArea = () => {
  const view = useUiStore(selectView);
  const Current = VIEWS[view];
  return (
    <main className="main" data-testid={`view-${view}`}>
      <Current />
    </main>
  );
};

export const App = () => {
  const loadInfo = useAppStore((state) => state.loadInfo);
  const loadProfiles = useAppStore((state) => state.loadProfiles);
  useEffect(() => {
    void loadInfo();
    void loadProfiles();
  }, [loadInfo, loadProfiles]);
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
