import { expect, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../fixtures/words';

/** The application shell: sidebar, main area and status bar. */
export class ShellPage {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  sidebar() {
    return this.page.getByRole('navigation', { name: this.t('app.name') });
  }

  async ready() {
    await expect(this.sidebar()).toBeVisible();
    await expect(this.mode()).toBeVisible();
  }

  mode() {
    return this.page.getByTestId('status-mode');
  }

  version() {
    return this.page.getByTestId('status-version');
  }

  /** The status bar's count of calls waiting for the account's rate limit. */
  accountQueue() {
    return this.page.getByTestId('status-account-queue');
  }

  /** The status bar's alert that the browser host stopped answering. */
  hostDown() {
    return this.page.getByTestId('status-host-down');
  }

  /** The status bar's text size: A−, the size, A+. */
  textScale() {
    return this.page.getByRole('group', { name: this.t('preferences.textScale.label') });
  }

  /** The size the interface's text is set in, as the body's font size in px. */
  async bodyFontSize(): Promise<number> {
    // A string, as the e2e sources are typed without the DOM.
    return Number(await this.page.evaluate('parseFloat(getComputedStyle(document.body).fontSize)'));
  }

  /** The main area while it shows this view. */
  view(name: 'playground' | 'threads' | 'tests' | 'settings') {
    return this.page.getByTestId(`view-${name}`);
  }

  async open(view: 'playground' | 'threads' | 'settings') {
    await this.sidebar()
      .getByRole('button', { name: this.t(`nav.${view}`), exact: true })
      .click();
    await expect(this.view(view)).toBeVisible();
  }
}
