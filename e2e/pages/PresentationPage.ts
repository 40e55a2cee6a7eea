import { expect, type Locator, type Page } from '@playwright/test';

/** Presentation mode: its bar above the panes, the script stepped by key, the way out. */
export class PresentationPage {
  readonly bar: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Presentation' });
  }

  async toggleByKey() {
    await this.page.keyboard.press('Control+Shift+P');
  }

  async chooseScript(name: string) {
    await this.bar.getByRole('combobox', { name: 'Script to step through' }).selectOption({ label: name });
  }

  /** A presenter's clicker: the key goes to the page, not to a text field. */
  async step(key: 'ArrowRight' | 'PageDown') {
    await this.bar.getByRole('button', { name: 'Next message' }).focus();
    await this.page.keyboard.press(key);
  }

  upNext(): Locator {
    return this.bar.getByTestId('presenter-next-message');
  }

  /** The shell's state; the bar itself shows only over an open session. */
  async expectPresenting(on: boolean) {
    await expect(this.page.getByTestId('app-shell')).toHaveClass(on ? /shell--presenting/ : /^shell$/);
  }
}
