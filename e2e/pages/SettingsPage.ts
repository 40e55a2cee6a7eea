import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

/** Settings: connection profiles (list, form, key, connection test) and the sessions backup. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.page.getByTestId('settings-profiles')).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="profile-row"][data-profile-name="${name}"]`);
  }

  detail(): Locator {
    return this.page.getByTestId('profile-detail');
  }

  statusProfile(): Locator {
    return this.page.getByTestId('status-profile');
  }

  async fillProfile(values: { name?: string; baseUrl?: string; path?: string }) {
    if (values.name !== undefined) await this.page.getByTestId('profile-name').fill(values.name);
    if (values.baseUrl !== undefined) await this.page.getByTestId('profile-base-url').fill(values.baseUrl);
    if (values.path !== undefined) await this.page.getByTestId('profile-path').fill(values.path);
  }

  async startNewProfile() {
    await this.page.getByTestId('profile-new').click();
    await expect(this.page.getByTestId('profile-form')).toBeVisible();
  }

  async submitProfile() {
    await this.page.getByTestId('profile-save').click();
  }

  async select(name: string) {
    await this.row(name).click();
    await expect(this.detail().getByRole('heading', { level: 3 })).toHaveText(name);
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
    const prefix = kind === 'api' ? 'key' : 'automate-key';
    const panel = this.detail().getByTestId(`${prefix}-panel`);
    const notice = panel.getByTestId(`${prefix}-notice`);
    await expect(panel).not.toHaveAttribute('data-keychain', 'unknown');
    await panel.getByTestId(`${prefix}-input`).fill(key);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if ((await panel.getAttribute('data-keychain')) === 'unavailable') {
        await expect(panel.getByTestId('keychain-unavailable')).toContainText('The system keychain');
        await panel.getByTestId('key-backend-memory').check();
      }
      await panel.getByTestId(`${prefix}-save`).click();
      await expect(notice.or(panel.getByTestId(`${prefix}-error`))).toBeVisible();
      if (await notice.isVisible()) break;
    }
    await expect(notice).toHaveText(
      kind === 'api' ? 'The key was saved.' : 'The Automate key was saved. Takeover uses it from now on.',
    );
    await expect(panel.getByTestId(`${prefix}-input`)).toHaveValue('');
  }

  async removeKey() {
    await this.detail().getByTestId('key-remove').click();
    await expect(this.keyStatus()).toHaveText('No key stored for this profile.');
  }

  async testConnection() {
    await this.detail().getByTestId('connection-test-start').click();
    const result = this.detail().getByTestId('connection-result');
    await expect(result).not.toHaveAttribute('data-state', 'testing');
    return result;
  }

  async activate() {
    await this.detail().getByTestId('profile-activate').click();
    await expect(this.detail().getByTestId('profile-in-use')).toBeVisible();
  }

  async delete() {
    await this.detail().getByTestId('profile-delete').click();
    const question = this.detail().getByTestId('profile-delete-question');
    await expect(question).toBeVisible();
    await expect(question.getByTestId('profile-delete-cancel')).toBeFocused();
    await question.getByTestId('profile-delete-confirm').click();
  }

  /** Exports every session and saves the download in `dir` under the name the app gave it. */
  async exportSessions(dir: string) {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('backup-export').click();
    const file = await download;
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    await expect(this.page.getByTestId('backup-export-result')).toContainText(file.suggestedFilename());
    return path;
  }

  async importSessions(path: string) {
    await this.page.getByTestId('backup-import-file').setInputFiles(path);
  }
}
