import { useTranslation } from 'react-i18next';
import type { ReplayScript } from '../../../shared/domain/session';

interface ScriptListProps {
  scripts: readonly ReplayScript[];
  replayDisabled: boolean;
  onReplay(script: ReplayScript): void;
  onDelete(script: ReplayScript): void;
}

/** The session's saved scripts with their messages at a glance. */
export const ScriptList = ({ scripts, replayDisabled, onReplay, onDelete }: ScriptListProps) => {
  const { t } = useTranslation();
  if (scripts.length === 0) {
    return (
      <p className="inspector-empty" data-testid="replay-no-scripts">
        {t('replay.noScripts')}
      </p>
    );
  }
  return (
    <ul className="script-list">
      {scripts.map((script) => (
        <li key={script.id} className="script-list__item" data-testid="replay-script" data-name={script.name}>
          <div className="script-list__text">
            <span className="script-list__name">{script.name}</span>
            <span className="script-list__meta">
              {t('replay.scriptMeta', {
                count: script.messages.length,
                source: script.source,
                assistant: script.assistant.name,
              })}
            </span>
            <span className="script-list__preview" title={script.messages.join('\n')}>
              {script.messages.join(' → ')}
            </span>
          </div>
          <button
            type="button"
            className="inspector-button"
            disabled={replayDisabled}
            onClick={() => onReplay(script)}
            data-testid="replay-script-replay"
          >
            {t('replay.replay')}
          </button>
          <button
            type="button"
            className="inspector-button inspector-button--ghost"
            aria-label={t('replay.delete', { name: script.name })}
            onClick={() => onDelete(script)}
            data-testid="replay-script-delete"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
};
