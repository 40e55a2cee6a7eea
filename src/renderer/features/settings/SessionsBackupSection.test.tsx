import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { SessionsBackupSection } from './SessionsBackupSection';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const EXPORT_FILE = JSON.stringify({ format: 'famulor-playground-sessions', sessions: [{ id: 's1' }] });
const report = (change: object) => ({
  imported: [],
  conflicts: [],
  skipped: [],
  replaced: [],
  backups: [],
  assistantVersions: 0,
  ...change,
});

const installImport = (answer: (input: { json: string; onConflict?: string }) => Result<unknown>) => {
  const imports: unknown[] = [];
  installFakeMain(async (channel, input) => {
    if (channel === 'sessions:import') {
      imports.push(input);
      return answer(input as { json: string; onConflict?: string });
    }
    if (channel === 'sessions:load') return { ok: true, data: { sessions: [], problems: [] } };
    return { ok: false, error: { code: 'internal', reason: 'unexpected' } };
  });
  return imports;
};

const pick = async (text: string) => {
  const user = userEvent.setup();
  render(<SessionsBackupSection />);
  await user.upload(
    screen.getByTestId('backup-import-file'),
    new File([text], 'backup.json', { type: 'application/json' }),
  );
  return user;
};

describe('sessions backup', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(removeFakeMain);

  it('asks before overwriting sessions that exist, then imports with the chosen policy', async () => {
    const imports = installImport(({ onConflict }) =>
      onConflict === 'replace'
        ? {
            ok: true,
            data: report({
              imported: ['s1'],
              replaced: ['s1'],
              conflicts: [{ id: 's1', name: 'Demo' }],
              backups: [{ id: 's1', file: '/data/sessions/s1.replaced-1.json' }],
              assistantVersions: 3,
            }),
          }
        : { ok: true, data: report({ conflicts: [{ id: 's1', name: 'Demo' }] }) },
    );
    const user = await pick(EXPORT_FILE);
    const question = await screen.findByTestId('import-conflicts');
    expect(question.textContent).toContain('1 session in backup.json already exists here:');
    expect(question.textContent).toContain('Demo');
    expect(screen.getByTestId('backup-import-result').textContent).toBe('');

    await user.click(screen.getByTestId('import-replace'));
    await waitFor(() =>
      expect(screen.getByTestId('backup-import-result').textContent).toBe(
        'Imported 1 session from backup.json. 1 was replaced. What was on disk was newer; a copy of it was kept at /data/sessions/s1.replaced-1.json. 3 prompt-lab versions came with them.',
      ),
    );
    expect(screen.queryByTestId('import-conflicts')).toBeNull();
    expect(imports).toEqual([{ json: EXPORT_FILE }, { json: EXPORT_FILE, onConflict: 'replace' }]);
  });

  it('cancelling the question imports nothing', async () => {
    const imports = installImport(() => ({
      ok: true,
      data: report({ conflicts: [{ id: 's1', name: 'Demo' }] }),
    }));
    const user = await pick(EXPORT_FILE);
    await user.click(await screen.findByTestId('import-cancel'));
    expect(screen.getByTestId('backup-import-result').textContent).toBe(
      'The import was cancelled; nothing changed.',
    );
    expect(imports).toHaveLength(1);
  });

  it('says clearly when the file is not valid JSON', async () => {
    installImport(() => ({
      ok: false,
      error: { code: 'validation', reason: 'import_not_json' },
    }));
    await pick('{"format": ');
    expect((await screen.findByTestId('backup-import-error')).textContent).toBe(
      'Nothing was imported from backup.json: This file is not valid JSON, so nothing was imported.',
    );
  });
});
