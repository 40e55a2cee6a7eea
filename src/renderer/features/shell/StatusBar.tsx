import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/profile';
import { selectInfo, useAppStore } from '../../stores/appStore';
import {
  selectActiveProfile,
  selectConnection,
  selectKeyStatus,
  summarizeConnection,
  type ConnectionSummary,
} from '../../stores/profilesSlice';
import { selectSetView, useUiStore } from '../../stores/uiStore';
import { AccountQueue } from './AccountQueue';
import './statusbar.css';
import type { AppError } from '../../../shared/result';
import { describeError, describeErrorCode } from '../../lib/describeError';
import { selectHostAnswering, useHostStatus } from '../../lib/hostStatus';
import { useConnectionWatch } from './useConnectionWatch';
import { TextScaleControl } from '../preferences';

const useStateLabel = (summary: ConnectionSummary): string => {
  const { t } = useTranslation();
  if (summary.kind === 'connected') return t('status.profileState.connected', { name: summary.accountName });
  if (summary.kind === 'failed')
    return t('status.profileState.failed', { code: describeErrorCode(t, summary.error) });
  return t(`status.profileState.${summary.kind}`);
};

/** The profile in use and whether it works; a click opens Settings, where it is changed. */
const ActiveProfile = ({ profile }: { profile: Profile }) => {
  const { t } = useTranslation();
  const setView = useUiStore(selectSetView);
  const key = useAppStore(selectKeyStatus(profile.id));
  const check = useAppStore(selectConnection(profile.id));
  const summary = summarizeConnection(profile, key, check);
  const state = useStateLabel(summary);
  return (
    <button
      type="button"
      className={`statusbar__profile statusbar__profile--${summary.kind}`}
      data-testid="status-profile"
      data-state={summary.kind}
      title={t('status.profileTitle', {
        name: profile.name,
        state: summary.kind === 'failed' ? `${state} ${describeError(t, summary.error)}` : state,
      })}
      onClick={() => setView('settings')}
    >
      <span aria-hidden className="statusbar__dot" />
      {profile.name} · {state}
    </button>
  );
};

const HOST_NOT_ANSWERING: AppError = { code: 'network', reason: 'host_not_answering' };

/**
 * In place of the profile while main does not answer (what is known about the profile is stale then): a short
 * line that fits the bar, the whole sentence with what to do as its tooltip and for screen readers.
 */
const HostNotAnswering = () => {
  const { t } = useTranslation();
  const advice = describeError(t, HOST_NOT_ANSWERING);
  return (
    <span
      className="statusbar__item statusbar__item--error statusbar__host-down"
      role="alert"
      title={advice}
      data-testid="status-host-down"
    >
      <span aria-hidden className="statusbar__dot" />
      {t('status.hostDown')}
      <span className="visually-hidden">{advice}</span>
      <button type="button" className="statusbar__action" onClick={() => window.location.reload()}>
        {t('status.reload')}
      </button>
    </span>
  );
};

export const StatusBar = () => {
  const { t } = useTranslation();
  const info = useAppStore(selectInfo);
  const activeProfile = useAppStore(selectActiveProfile);
  const hostAnswering = useHostStatus(selectHostAnswering);
  useConnectionWatch(info.data?.mode === 'browser');
  return (
    <footer className="statusbar" data-testid="statusbar">
      {info.error ? (
        <span className="statusbar__item statusbar__item--error" role="alert">
          {t('status.bridgeError', { message: describeError(t, info.error) })}
        </span>
      ) : info.data ? (
        <>
          <span className="statusbar__item" data-testid="status-mode">
            {t(`status.mode.${info.data.mode}`)}
          </span>
          {!hostAnswering ? <HostNotAnswering /> : null}
          {hostAnswering && activeProfile ? <ActiveProfile profile={activeProfile} /> : null}
          {hostAnswering && activeProfile ? <AccountQueue profileId={activeProfile.id} /> : null}
          <span className="statusbar__spacer" />
          <TextScaleControl />
          <span className="statusbar__item" data-testid="status-platform">
            {info.data.platform}
          </span>
          <span className="statusbar__item" data-testid="status-version">
            {t('status.version', { version: info.data.version })}
          </span>
        </>
      ) : (
        <span className="statusbar__item">{t('status.connecting')}</span>
      )}
    </footer>
  );
};
