import type { ParseKeys } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportConflictPolicy } from '../../../shared/domain/session';
import type { ImportReport } from '../../../shared/domain/session';

interface ImportConflictPromptProps {
  fileName: string;
  conflicts: ImportReport['conflicts'];
  busy: boolean;
  onChoose(policy: ImportConflictPolicy): void;
  onCancel(): void;
}

const CHOICES: { policy: ImportConflictPolicy; label: ParseKeys }[] = [
  { policy: 'copy', label: 'settings.backup.copy' },
  { policy: 'replace', label: 'settings.backup.replace' },
  { policy: 'skip', label: 'settings.backup.skip' },
];

/** Sessions in the file that exist here already: the person decides, nothing is overwritten unasked. */
export const ImportConflictPrompt = ({
  fileName,
  conflicts,
  busy,
  onChoose,
  onCancel,
}: ImportConflictPromptProps) => {
  const { t } = useTranslation();
  const firstChoice = useRef<HTMLButtonElement>(null);
  useEffect(() => firstChoice.current?.focus(), []);
  return (
    <div
      className="import-conflicts"
      role="group"
      aria-labelledby="import-conflicts-title"
      data-testid="import-conflicts"
    >
      <p id="import-conflicts-title" className="import-conflicts__title">
        {t('settings.backup.conflictsTitle', { count: conflicts.length, file: fileName })}
      </p>
      <ul className="import-conflicts__list">
        {conflicts.map((conflict) => (
          <li key={conflict.id} data-testid="import-conflict">
            {conflict.name}
          </li>
        ))}
      </ul>
      <p className="settings__line">{t('settings.backup.conflictQuestion')}</p>
      <div className="settings__actions">
        {CHOICES.map(({ policy, label }, index) => (
          <button
            key={policy}
            ref={index === 0 ? firstChoice : undefined}
            type="button"
            className="settings-button"
            disabled={busy}
            data-testid={`import-${policy}`}
            onClick={() => onChoose(policy)}
          >
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          className="settings-button"
          disabled={busy}
          data-testid="import-cancel"
          onClick={onCancel}
        >
          {t('settings.backup.cancel')}
        </button>
      </div>
    </div>
  );
};
