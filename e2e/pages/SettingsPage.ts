import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

/** Settings: connection profiles (list, form, key, connection test) and the sessions backup. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Famulor Playground' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await expect(this.page.getByRole('region', { name: 'Connection profiles' })).toBeVisible();
  }

  row(name: string): Locator {
    // A row's name is all it shows (name, badges, host, key); the profile's name is its own line of text.
    return this.page
      .getByRole('list', { name: 'Profiles' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .getByRole('button');
  }

  detail(): Locator {
    return this.page.getByRole('region', { name: 'Connection profiles' }).getByRole('article');
  }

  statusProfile(): Locator {
    return this.page.getByRole('contentinfo').getByTestId('status-profile');
  }

  async fillProfile(values: { name?: string; baseUrl?: string; path?: string }) {
    const form = this.form();
    if (values.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(values.name);
    if (values.baseUrl !== undefined) await form.getByLabel('Base URL', { exact: true }).fill(values.baseUrl);
    if (values.path !== undefined) await form.getByLabel('Generate-reply path').fill(values.path);
  }

  async startNewProfile() {
    await this.page.getByRole('button', { name: 'New profile' }).click();
    await expect(this.form()).toBeVisible();
  }

  /** The profile form, creating or editing: named by its heading. */
  form(): Locator {
    return this.page.getByRole('form', { name: /^(New connection profile|Edit “)/ });
  }

  async submitProfile() {
    await this.form()
      .getByRole('button', { name: /^(Create profile|Save changes)$/ })
      .click();
  }

  async select(name: string) {
    await this.row(name).click();
    await expect(this.detail().getByRole('heading', { level: 3 })).toHaveText(name);
  }

  /** The panel of the selected profile's API key or of its Automate key. */
  keyPanel(kind: 'api' | 'automate' = 'api'): Locator {
    const name = kind === 'api' ? 'API key' : 'Automate key (takeover)';
    return this.detail().getByRole('region', { name, exact: true });
  }

  keyStatus(): Locator {
    return this.detail().getByTestId('key-status');
  }

  automateKeyStatus(): Locator {
    return this.detail().getByTestId('automate-key-status');
  }

  /**
   * Saves a key for the selected profile: its API key, or its Automate key. Where the system keychain cannot take
   * it (no Secret Service in the browser mode, or a locked keyring that the probe did not notice) the panel offers
   * the fallbacks; this keeps the key for the run, the one always offered.
   */
  async saveKey(key: string, kind: 'api' | 'automate' = 'api') {
    const panel = this.keyPanel(kind);
    const notice = panel.getByRole('status');
    const input = panel.getByLabel(kind === 'api' ? 'New API key' : 'New Automate key');
    await expect(panel).not.toHaveAttribute('data-keychain', 'unknown');
    await input.fill(key);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if ((await panel.getAttribute('data-keychain')) === 'unavailable') {
        await expect(panel.getByText('The system keychain is unavailable.')).toBeVisible();
        await panel.getByRole('radio', { name: /for this run only/ }).check();
      }
      await panel.getByRole('button', { name: /^(Save|Replace) (Automate )?key$/ }).click();
      await expect(notice.or(panel.getByRole('alert'))).toBeVisible();
      if (await notice.isVisible()) break;
    }
    await expect(notice).toHaveText(
      kind === 'api' ? 'The key was saved.' : 'The Automate key was saved. Takeover uses it from now on.',
    );
    await expect(input).toHaveValue('');
  }

  async removeKey() {
    await this.keyPanel().getByRole('button', { name: 'Remove key' }).click();
    await expect(this.keyStatus()).toHaveText('No key stored for this profile.');
  }

  async testConnection() {
    await this.detail().getByRole('button', { name: 'Test connection' }).click();
    const result = this.detail().getByTestId('connection-result');
    await expect(result).not.toHaveAttribute('data-state', 'testing');
    return result;
  }

  async activate() {
    await this.detail().getByRole('button', { name: 'Use this profile' }).click();
    await expect(this.detail().getByText('This profile is in use.')).toBeVisible();
  }

  async delete() {
    await this.detail().getByRole('button', { name: 'Delete…' }).click();
    const question = this.detail().getByRole('group', { name: /^Delete “.*” and its stored key\?/ });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await question.getByRole('button', { name: 'Delete profile' }).click();
  }

  /** Exports every session and saves the download in `dir` under the name the app gave it. */
  async exportSessions(dir: string) {
    const download = this.page.waitForEvent('download');
    await this.backup().getByRole('button', { name: 'Export all sessions' }).click();
    const file = await download;
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    await expect(this.backup().getByTestId('backup-export-result')).toContainText(file.suggestedFilename());
    return path;
  }

  backup(): Locator {
    return this.page.getByRole('region', { name: 'Sessions backup' });
  }

  importResult(): Locator {
    return this.page.getByTestId('backup-import-result');
  }

  /** The question an import asks when sessions already exist, and the sessions it names. */
  importQuestion(): Locator {
    return this.page.getByRole('group', { name: /already exists? here:$/ });
  }

  importConflicts(): Locator {
    return this.importQuestion().getByTestId('import-conflict');
  }

  /** The "in use" badges of the list, in any language. */
  activeBadges(): Locator {
    return this.page.getByTestId('profile-badge-active');
  }

  /** A profile row's badge: built in, or the one in use. */
  badge(row: string, kind: 'builtin' | 'active'): Locator {
    return this.row(row).getByTestId(`profile-badge-${kind}`);
  }

  baseUrlError(): Locator {
    return this.page.getByTestId('profile-base-url-error');
  }

  keychainUnavailable(): Locator {
    return this.keyPanel().getByTestId('keychain-unavailable');
  }

  connectionError(result: Locator): Locator {
    return result.getByTestId('connection-error');
  }

  async importSessions(path: string) {
    await this.page.getByTestId('backup-import-file').setInputFiles(path);
  }
}
