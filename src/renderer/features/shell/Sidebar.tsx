import { useTranslation } from 'react-i18next';
import { selectSetView, selectView, useUiStore, type View } from '../../stores/uiStore';
import { SessionsPanel } from '../sessions';

const NAV: { view: View; icon: string }[] = [
  { view: 'playground', icon: '◧' },
  { view: 'threads', icon: '☰' },
  { view: 'tests', icon: '✓' },
  { view: 'lab', icon: '✎' },
  { view: 'settings', icon: '⚙' },
];

export const Sidebar = () => {
  const { t } = useTranslation();
  const view = useUiStore(selectView);
  const setView = useUiStore(selectSetView);
  return (
    <nav className="sidebar" aria-label={t('app.name')} data-testid="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden>
          F
        </span>
        <span>{t('app.name')}</span>
      </div>
      <ul className="sidebar__nav">
        {NAV.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              className="sidebar__item"
              aria-current={view === item.view ? 'page' : undefined}
              data-testid={`nav-${item.view}`}
              onClick={() => setView(item.view)}
            >
              <span aria-hidden className="sidebar__icon">
                {item.icon}
              </span>
              {t(`nav.${item.view}`)}
            </button>
          </li>
        ))}
      </ul>
      <SessionsPanel />
    </nav>
  );
};
