import { useTranslation } from 'react-i18next';
import { MAX_PANES } from '../../../shared/domain/applySessionCommand';
import { useAppStore } from '../../stores/appStore';
import { selectPanes } from '../../stores/panesSlice';
import { useUiStore } from '../../stores/uiStore';

/**
 * A pane whose conversation is on another profile's account, shown in place of a send that could only fail:
 * the transcript stays readable, and the two ways on are one click each.
 */
export const PaneProfileNotice = ({ paneId, profileId }: { paneId: string; profileId: string }) => {
  const { t } = useTranslation();
  const owner = useAppStore(
    (state) => state.profiles.list.find((profile) => profile.id === profileId) ?? null,
  );
  const activeName = useAppStore(
    (state) => state.profiles.list.find((profile) => profile.id === state.profiles.activeId)?.name ?? '',
  );
  const full = useAppStore((state) => selectPanes(state).length >= MAX_PANES);
  const activateProfile = useAppStore((state) => state.activateProfile);
  const continueOnActiveProfile = useAppStore((state) => state.continueOnActiveProfile);

  const continueHere = () => {
    const added = continueOnActiveProfile(paneId);
    if (added) useUiStore.getState().focusPane(added);
  };

  return (
    <div className="pane-notice" role="status" data-testid="pane-other-profile">
      <p className="pane-notice__text">
        {owner
          ? t('playground.otherProfile.text', { owner: owner.name, active: activeName })
          : t('playground.otherProfile.textGone', { active: activeName })}
      </p>
      <div className="pane-notice__actions">
        {owner && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void activateProfile(owner.id)}
          >
            {t('playground.otherProfile.switchBack', { owner: owner.name })}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={full}
          title={full ? t('playground.maxPanes', { max: MAX_PANES }) : undefined}
          onClick={continueHere}
        >
          {t('playground.otherProfile.continueHere', { active: activeName })}
        </button>
      </div>
    </div>
  );
};
