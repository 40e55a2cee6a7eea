import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportConflictPolicy } from '../../../shared/domain/session';
import type { AppError, Result } from '../../../shared/result';
import { StoreProblemsBanner } from '../sessions';
import { ImportConflictPrompt } from './ImportConflictPrompt';
import { readTextFile } from '../../lib/files';
import { tooLargeSizes } from '../../lib/tooLarge';
import { useAppStore } from '../../stores/appStore';
import type { ImportReport } from '../../../shared/domain/session';
import { exportAllSessions } from './sessionsBackup';
import { describeError } from '../../lib/describeError';

type ExportState =
  | { kind: 'idle' | 'busy' }
  | { kind: 'done'; fileName: string; count: number }
  | { kind: 'failed'; error: AppError };

type ImportState =
  | { kind: 'idle' | 'cancelled' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'asking'; fileName: string; json: string; conflicts: ImportReport['conflicts']; busy: boolean }
  | { kind: 'done'; fileName: string; report: ImportReport }
  | { kind: 'failed'; fileName: string; message: string };

/** Settings → Sessions backup: every session to one JSON file and back, asking before anything is overwritten. */
export const SessionsBackupSection = () => {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [redact, setRedact] = useState(true);
  const [exporting, setExporting] = useState<ExportState>({ kind: 'idle' });
  const [importing, setImporting] = useState<ImportState>({ kind: 'idle' });

  const runExport = async () => {
    setExporting({ kind: 'busy' });
    const result = await exportAllSessions(redact);
    setExporting(result.ok ? { kind: 'done', ...result.data } : { kind: 'failed', error: result.error });
  };

  /** Without a policy main wrote nothing if any session conflicts: that is when the person is asked. */
  const settle = (
    fileName: string,
    json: string,
    result: Result<ImportReport>,
    policy?: ImportConflictPolicy,
  ) => {
    if (!result.ok) {
      const sizes = tooLargeSizes(result.error);
      setImporting({
        kind: 'failed',
        fileName,
        message: sizes
          ? t('settings.backup.importTooLarge', { file: fileName, ...sizes })
          : t('settings.backup.importFailed', { file: fileName, message: describeError(t, result.error) }),
      });
    } else if (!policy && result.data.conflicts.length > 0)
      setImporting({ kind: 'asking', fileName, json, conflicts: result.data.conflicts, busy: false });
    else setImporting({ kind: 'done', fileName, report: result.data });
  };

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (!file) return;
    setImporting({ kind: 'busy', fileName: file.name });
    let json: string;
    try {
      json = await readTextFile(file);
    } catch {
      setImporting({
        kind: 'failed',
        fileName: file.name,
        message: t('settings.backup.importFailed', {
          file: file.name,
          message: t('settings.backup.unreadable'),
        }),
      });
      return;
    }
    settle(file.name, json, await useAppStore.getState().importSessions(json));
  };

  const choose = async (policy: ImportConflictPolicy) => {
    if (importing.kind !== 'asking') return;
    const { fileName, json } = importing;
    setImporting({ ...importing, busy: true });
    settle(fileName, json, await useAppStore.getState().importSessions(json, policy), policy);
  };

  return (
    <section
      className="settings__section"
      aria-labelledby="settings-backup-title"
      data-testid="settings-backup"
    >
      <h2 id="settings-backup-title" className="settings__title">
        {t('settings.backup.title')}
      </h2>
      <p className="settings__intro">{t('settings.backup.intro')}</p>
      <StoreProblemsBanner />
      <label className="settings__check">
        <input
          type="checkbox"
          checked={redact}
          data-testid="backup-redact"
          onChange={(event) => setRedact(event.target.checked)}
        />
        {t('settings.backup.redact')}
      </label>
      <div className="settings__actions">
        <button
          type="button"
          className="settings-button"
          disabled={exporting.kind === 'busy'}
          data-testid="backup-export"
          onClick={() => void runExport()}
        >
          {exporting.kind === 'busy' ? t('settings.backup.exporting') : t('settings.backup.export')}
        </button>
        <button
          type="button"
          className="settings-button"
          disabled={importing.kind === 'busy' || importing.kind === 'asking'}
          data-testid="backup-import"
          onClick={() => fileInput.current?.click()}
        >
          {importing.kind === 'busy' ? t('settings.backup.importing') : t('settings.backup.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="backup-import-file"
          onChange={(event) => void pickFile(event)}
        />
      </div>
      <div role="status" aria-live="polite" data-testid="backup-export-result">
        {exporting.kind === 'done' ? (
          <p className="settings__line settings__line--success">
            {t('settings.backup.exported', { count: exporting.count, fileName: exporting.fileName })}
          </p>
        ) : null}
      </div>
      {exporting.kind === 'failed' ? (
        <p className="settings__error" role="alert">
          {t('settings.backup.exportFailed', { message: describeError(t, exporting.error) })}
        </p>
      ) : null}
      {importing.kind === 'asking' ? (
        <ImportConflictPrompt
          fileName={importing.fileName}
          conflicts={importing.conflicts}
          busy={importing.busy}
          onChoose={(policy) => void choose(policy)}
          onCancel={() => setImporting({ kind: 'cancelled' })}
        />
      ) : null}
      <div role="status" aria-live="polite" data-testid="backup-import-result">
        {importing.kind === 'done' ? (
          <ImportSummary fileName={importing.fileName} report={importing.report} />
        ) : null}
        {importing.kind === 'cancelled' ? (
          <p className="settings__line settings__line--muted">{t('settings.backup.importCancelled')}</p>
        ) : null}
      </div>
      {importing.kind === 'failed' ? (
        <p className="settings__error" role="alert" data-testid="backup-import-error">
          {importing.message}
        </p>
      ) : null}
    </section>
  );
};

const ImportSummary = ({ fileName, report }: { fileName: string; report: ImportReport }) => {
  const { t } = useTranslation();
  const parts = [
    t('settings.backup.imported', { count: report.imported.length, file: fileName }),
    report.replaced.length > 0 ? t('settings.backup.replaced', { count: report.replaced.length }) : null,
    report.skipped.length > 0 ? t('settings.backup.skipped', { count: report.skipped.length }) : null,
    ...report.backups.map((backup) => t('settings.backup.backedUp', { file: backup.file })),
    report.assistantVersions > 0 ? t('settings.backup.versions', { count: report.assistantVersions }) : null,
  ];
  return <p className="settings__line settings__line--success">{parts.filter(Boolean).join(' ')}</p>;
};
