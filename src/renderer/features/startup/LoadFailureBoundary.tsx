import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './startup.css';

const LoadFailure = ({ error }: { error: Error }) => {
  const { t } = useTranslation();
  return (
    <div className="view-loading view-loading--failed" role="alert" data-testid="view-load-failed">
      <p>{t('startup.loadFailed')}</p>
      <details className="view-loading__detail">
        <summary>{t('startup.technicalDetail')}</summary>
        <code lang="en">{error.message}</code>
      </details>
      <button type="button" onClick={() => window.location.reload()}>
        {t('startup.reload')}
      </button>
    </div>
  );
};

interface State {
  error: Error | null;
}

/**
 * A view whose code fails to load (the host went away, a file is missing) says so in place of the view,
 * instead of taking the whole shell down with it.
 */
export class LoadFailureBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <LoadFailure error={this.state.error} /> : this.props.children;
  }
}
