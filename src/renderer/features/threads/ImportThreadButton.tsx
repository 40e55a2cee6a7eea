import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseThreadExport } from '../../../shared/export/threadImport';
import { readTextFile } from '../../lib/files';
import { useAppStore } from '../../stores/appStore';

// A thread export of the 10,000-message thread is a few MB; anything far larger is not one of ours.
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Opens a thread from its JSON export: the way back in for a file shared after a support case. */
export const ImportThreadButton = () => {
  const { t } = useTranslation();
  const openImported = useAppStore((state) => state.openImportedThread);
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(t('threads.import.failed', { reason: t('threads.import.tooLarge') }));
      return;
    }
    let text: string;
    try {
      text = await readTextFile(file);
    } catch {
      setProblem(t('threads.import.failed', { reason: t('threads.import.unreadable') }));
      return;
    }
    const parsed = parseThreadExport(text);
    if (!parsed.ok) {
      const reason =
        parsed.problem === 'invalid'
          ? t('threads.import.invalid', { field: parsed.field })
          : t(`threads.import.${parsed.problem}`);
      setProblem(t('threads.import.failed', { reason }));
      return;
    }
    setProblem(null);
    openImported(parsed.file, file.name);
  };

  return (
    <div className="import-thread">
      <button
        type="button"
        className="button"
        title={t('threads.import.hint')}
        data-testid="thread-import"
        onClick={() => inputRef.current?.click()}
      >
        {t('threads.import.button')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        data-testid="thread-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {problem && (
        <p className="inline-error import-thread__error" role="alert" data-testid="thread-import-error">
          {problem}
        </p>
      )}
    </div>
  );
};
