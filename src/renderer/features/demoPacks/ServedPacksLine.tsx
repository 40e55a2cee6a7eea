import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePacksStore } from './packsStore';

/** On the Offline demo's profile: which packs it serves now, and the way to the section that manages them. */
export const ServedPacksLine = () => {
  const { t } = useTranslation();
  const packs = usePacksStore((state) => state.packs);
  useEffect(() => {
    if (usePacksStore.getState().packs === null) void usePacksStore.getState().load();
  }, []);
  if (packs === null) return null;
  const served = packs.filter((pack) => pack.enabled).map((pack) => pack.name);
  return (
    <p className="settings__line" data-testid="served-packs">
      {served.length === 0 ? t('demoPacks.servedNone') : t('demoPacks.served', { names: served.join(', ') })}{' '}
      <a
        href="#demo-packs-title"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('demo-packs-title')?.scrollIntoView({ block: 'start' });
        }}
      >
        {t('demoPacks.manage')}
      </a>
    </p>
  );
};
