import { render } from '@testing-library/react';
import { useAppStore } from '../stores/appStore';
import { StatusBar } from '../features/shell/StatusBar';

/** Test support: the status bar of an app that has said which mode it runs in. */
export const showStatusBar = (mode: 'browser' | 'desktop' = 'browser') => {
  useAppStore.setState({
    info: {
      data: { name: 'Famulor Playground', version: '0.1.0', mode, platform: 'linux', userDataDir: '/tmp/u' },
      error: null,
      loading: false,
    },
  });
  render(<StatusBar />);
};
