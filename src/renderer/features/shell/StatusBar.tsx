import { useTranslation } from 'react-i18next';
import { selectInfo, useAppStore } from '../../stores/appStore';

export const StatusBar = () => {
  const { t } = useTranslation();
  const info = useAppStore(selectInfo);
  return (
    <footer className="statusbar" data-testid="statusbar">
      {info.error ? (
        <span className="statusbar__item statusbar__item--error" role="alert">
          {t('status.bridgeError', { message: info.error.message })}
        </span>
      ) : info.data ? (
        <>
          <span className="statusbar__item" data-testid="status-mode">
            {t(`status.mode.${info.data.mode}`)}
          </span>
          <span className="statusbar__spacer" />
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
