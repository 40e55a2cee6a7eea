import { expect, type Page } from '@playwright/test';

/** The sessions list under the sidebar's navigation. */
export class SessionsListPage {
  constructor(readonly page: Page) {}

  items() {
    return this.page.getByTestId('session-list').locator('li');
  }

  item(name: string) {
    return this.items().filter({
      has: this.page.getByTestId('session-name').getByText(name, { exact: true }),
    });
  }

  async search(text: string) {
    await this.page.getByTestId('session-search').fill(text);
  }

  async rename(from: string, to: string) {
    const item = this.item(from);
    await item.hover();
    await item.getByTestId('session-rename').click();
    const input = this.page.getByTestId('session-rename-input');
    await input.fill(to);
    await input.press('Enter');
    await expect(this.item(to)).toHaveCount(1);
  }
}
