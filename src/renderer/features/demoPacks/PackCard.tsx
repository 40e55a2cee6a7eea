import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoPackSummary } from '../../../shared/domain/demoPack';
import { describeError } from '../../lib/describeError';
import { usePacksStore } from './packsStore';

const assistantLine = (t: TFunction, assistant: DemoPackSummary['assistants'][number]): string => {
  if (assistant.scripted && assistant.turns === 0) return t('demoPacks.scripted', { name: assistant.name });
  if (assistant.scripted)
    return t('demoPacks.scriptedAndRecorded', { name: assistant.name, turns: assistant.turns });
  return t('demoPacks.assistantLine', {
    name: assistant.name,
    count: assistant.conversations,
    turns: assistant.turns,
  });
};

/** One pack: where it comes from, what it holds, whether the Offline demo serves it, and what can be done to it. */
export const PackCard = ({ pack, onExport }: { pack: DemoPackSummary; onExport(id: string): void }) => {
  const { t } = useTranslation();
  const failure = usePacksStore((state) => (state.failure?.id === pack.id ? state.failure.error : null));
  const [asking, setAsking] = useState(false);
  const store = usePacksStore.getState();
  const titleId = `pack-${pack.id}-title`;
  const question =
    pack.origin === 'imported'
      ? t('demoPacks.removeConfirm', { name: pack.name })
      : t('demoPacks.undoEditsConfirm', { name: pack.name });

  return (
    <article className="demo-pack" aria-labelledby={titleId} data-testid="demo-pack">
      <header className="demo-pack__header">
        <h3 id={titleId} className="settings__subtitle">
          {pack.name}
        </h3>
        <span className="demo-pack__origin">{t(`demoPacks.origin.${pack.origin}`)}</span>
      </header>
      {pack.description ? <p className="settings__line settings__line--muted">{pack.description}</p> : null}
      <ul className="demo-pack__assistants">
        {pack.assistants.map((assistant) => (
          <li key={assistant.uuid}>{assistantLine(t, assistant)}</li>
        ))}
      </ul>
      <label className="settings__check">
        <input
          type="checkbox"
          checked={pack.enabled}
          data-testid="pack-enabled"
          onChange={(event) => void store.setEnabled(pack.id, event.target.checked)}
        />
        {t('demoPacks.enabled')}
      </label>
      {asking ? (
        <div className="demo-packs__ask" role="group" aria-label={question}>
          <p className="settings__line">{question}</p>
          <div className="settings__actions">
            <button
              type="button"
              className="settings-button settings-button--danger"
              data-testid="pack-remove-confirm"
              onClick={() => void store.remove(pack.id).then(() => setAsking(false))}
            >
              {t('demoPacks.confirm')}
            </button>
            <button type="button" className="settings-button" autoFocus onClick={() => setAsking(false)}>
              {t('demoPacks.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="settings__actions">
          <button
            type="button"
            className="settings-button"
            data-testid="pack-edit"
            onClick={() => void store.openEditor(pack.id)}
          >
            {t('demoPacks.edit')}
          </button>
          <button
            type="button"
            className="settings-button"
            data-testid="pack-export"
            onClick={() => onExport(pack.id)}
          >
            {t('demoPacks.export')}
          </button>
          {pack.origin === 'built_in' ? null : (
            <button
              type="button"
              className="settings-button settings-button--danger-outline"
              data-testid="pack-remove"
              onClick={() => setAsking(true)}
            >
              {pack.origin === 'imported' ? t('demoPacks.remove') : t('demoPacks.undoEdits')}
            </button>
          )}
        </div>
      )}
      {failure ? (
        <p className="settings__error" role="alert">
          {t('demoPacks.failed', { message: describeError(t, failure) })}
        </p>
      ) : null}
    </article>
  );
};
