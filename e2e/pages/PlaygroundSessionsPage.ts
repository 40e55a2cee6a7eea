import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../../src/shared/text';

/** The sessions list under the sidebar's navigation. */
export class SessionsListPage {
  constructor(readonly page: Page) {}

  private panel() {
    return this.page.getByRole('region', { name: 'Sessions' });
  }

  items() {
    return this.panel().getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem');
  }

  /** Where a search found an item: the message, with the words marked. */
  hitOf(item: Locator): Locator {
    return item.getByTestId('session-hit');
  }

  /** What the list says when no session matches. */
  empty() {
    return this.page.getByTestId('sessions-empty');
  }

  item(name: string) {
    return this.items().filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Opens a session with its main button, named by the session's name and what follows it (count, preview). */
  async open(name: string) {
    await this.item(name)
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .click();
  }

  async search(text: string) {
    await this.panel().getByRole('searchbox', { name: 'Search sessions' }).fill(text);
  }

  async rename(from: string, to: string) {
    const item = this.item(from);
    await item.hover();
    await item.getByRole('button', { name: `Rename “${from}”` }).click();
    const input = this.panel().getByRole('textbox', { name: `New name for ${from}` });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.item(to)).toHaveCount(1);
  }
}
