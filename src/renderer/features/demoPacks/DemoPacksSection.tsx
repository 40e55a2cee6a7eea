import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/describeError';
import { downloadFile, readTextFile } from '../../lib/files';
import { PackCard } from './PackCard';
import { PackEditor } from './PackEditor';
import { RecordPackPanel } from './RecordPackPanel';
import { useAppStore } from '../../stores/appStore';
import { usePacksStore, type PackImport } from './packsStore';
import './demoPacks.css';

/** Settings → Demo packs: what the Offline demo serves, imported and exported as files, switched, edited. */
export const DemoPacksSection = () => {
  const { t } = useTranslation();
  const packs = usePacksStore((state) => state.packs);
  const importing = usePacksStore((state) => state.importing);
  const editing = usePacksStore((state) => state.editing);
  const fileInput = useRef<HTMLInputElement>(null);
  const [recordOpen, setRecordOpen] = useState(false);

  useEffect(() => void usePacksStore.getState().load(), []);
  // The record form lists the account's assistants.
  useEffect(() => {
    if (recordOpen) void useAppStore.getState().loadAssistants();
  }, [recordOpen]);

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (!file) return;
    const store = usePacksStore.getState();
    let text: string;
    try {
      text = await readTextFile(file);
    } catch {
      store.importUnreadable(file.name);
      return;
    }
    await store.importText(file.name, text);
  };

  const exportPack = async (id: string) => {
    const result = await usePacksStore.getState().exportPack(id);
    if (result.ok) downloadFile({ ...result.data, mimeType: 'application/json' });
    else usePacksStore.setState({ failure: { id, error: result.error } });
  };

  return (
    <section className="settings__section" aria-labelledby="demo-packs-title" data-testid="demo-packs">
      <h2 id="demo-packs-title" className="settings__title">
        {t('demoPacks.title')}
      </h2>
      <p className="settings__intro">{t('demoPacks.intro')}</p>
      {packs === null ? (
        <p className="settings__line settings__line--muted" role="status">
          {t('demoPacks.loading')}
        </p>
      ) : (
        <ul className="demo-packs__list">
          {packs.map((pack) => (
            <li key={pack.id}>
              <PackCard pack={pack} onExport={(id) => void exportPack(id)} />
            </li>
          ))}
        </ul>
      )}
      <div className="settings__actions">
        <button
          type="button"
          className="settings-button"
          disabled={importing.kind === 'busy' || importing.kind === 'asking'}
          data-testid="packs-import"
          onClick={() => fileInput.current?.click()}
        >
          {importing.kind === 'busy'
            ? t('demoPacks.importing', { file: importing.fileName })
            : t('demoPacks.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="packs-import-file"
          onChange={(event) => void pickFile(event)}
        />
        <button
          type="button"
          className="settings-button"
          aria-expanded={recordOpen}
          data-testid="packs-record"
          onClick={() => setRecordOpen(!recordOpen)}
        >
          {t('demoPacks.record.open')}
        </button>
      </div>
      <ImportOutcome importing={importing} />
      {recordOpen ? <RecordPackPanel onClose={() => setRecordOpen(false)} /> : null}
      {editing ? <PackEditor key={editing.id} /> : null}
    </section>
  );
};

const ImportOutcome = ({ importing }: { importing: PackImport }) => {
  const { t } = useTranslation();
  const store = usePacksStore.getState();
  if (importing.kind === 'asking') {
    return (
      <div
        className="demo-packs__ask"
        role="group"
        aria-label={t('demoPacks.replaceAsk', { name: importing.name, file: importing.fileName })}
      >
        <p className="settings__line">
          {t('demoPacks.replaceAsk', { name: importing.name, file: importing.fileName })}
        </p>
        <div className="settings__actions">
          <button
            type="button"
            className="settings-button settings-button--primary"
            data-testid="packs-import-replace"
            onClick={() => void store.importText(importing.fileName, importing.text, true)}
          >
            {t('demoPacks.replace')}
          </button>
          <button type="button" className="settings-button" onClick={() => store.keepExisting()}>
            {t('demoPacks.keep')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      <div role="status" aria-live="polite" data-testid="packs-import-result">
        {importing.kind === 'done' ? (
          <p className="settings__line settings__line--success">
            {t('demoPacks.imported', { name: importing.name })}
          </p>
        ) : null}
      </div>
      {importing.kind === 'failed' ? (
        <p className="settings__error" role="alert" data-testid="packs-import-error">
          {t('demoPacks.importFailed', {
            file: importing.fileName,
            message: importing.error ? describeError(t, importing.error) : t('demoPacks.unreadable'),
          })}
        </p>
      ) : null}
    </>
  );
};
