import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { LoadFailureBoundary } from './LoadFailureBoundary';
import { ViewLoading } from './ViewLoading';

const lazyView = (load: () => Promise<{ default: () => React.JSX.Element }>) => {
  const View = lazy(load);
  return (
    <LoadFailureBoundary>
      <Suspense fallback={<ViewLoading />}>
        <View />
      </Suspense>
    </LoadFailureBoundary>
  );
};

describe('a view loaded on demand', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the loading state until its code arrives, then the view', async () => {
    let arrive: (module: { default: () => React.JSX.Element }) => void = () => undefined;
    render(lazyView(() => new Promise((resolve) => (arrive = resolve))));
    expect(screen.getByTestId('view-loading').textContent).toContain('Loading…');
    arrive({ default: () => <p>The view</p> });
    expect(await screen.findByText('The view')).toBeTruthy();
    expect(screen.queryByTestId('view-loading')).toBeNull();
  });

  it('says so, with a way out, when its code cannot be loaded', async () => {
    // React reports the caught error on the console; the boundary is what is under test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(lazyView(() => Promise.reject(new Error('Failed to fetch dynamically imported module'))));
    const failure = await screen.findByTestId('view-load-failed');
    expect(failure.textContent).toContain('This part of the app could not be loaded.');
    const detail = screen.getByText('Failed to fetch dynamically imported module');
    expect(detail.closest('details')?.querySelector('summary')?.textContent).toBe(
      'Technical detail (from the browser)',
    );
    expect(screen.getByRole('button', { name: 'Reload the app' })).toBeTruthy();
  });
});
