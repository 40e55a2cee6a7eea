import { expect, type Page } from '@playwright/test';

/** The application shell: sidebar, main area and status bar. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async ready() {
    await expect(this.page.getByTestId('app-shell')).toBeVisible();
    await expect(this.page.getByTestId('status-mode')).toBeVisible();
  }

  mode() {
    return this.page.getByTestId('status-mode');
  }

  async open(view: 'playground' | 'threads' | 'settings') {
    await this.page.getByTestId(`nav-${view}`).click();
    await expect(this.page.getByTestId(`view-${view}`)).toBeVisible();
  }
}
