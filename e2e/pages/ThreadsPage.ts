import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

/** The threads list: open-by-UUID bar, filters, table and pager. */
export class ThreadsPage {
  constructor(readonly page: Page) {}

  async open() {
    const shell = new ShellPage(this.page);
    await shell.ready();
    await shell.open('threads');
    await this.waitForRows();
  }

  /** Why a file could not be opened as a thread. */
  importError(): Locator {
    return this.page.getByTestId('thread-import-error');
  }

  emptyList(): Locator {
    return this.page.getByTestId('thread-list-empty');
  }

  row(conversationId: string): Locator {
    return this.page.getByTestId(`thread-row-${conversationId}`);
  }

  /** A column of a row: its message count, AI state, …. */
  cell(row: Locator, column: 'messages' | 'ai'): Locator {
    return row.getByTestId(`thread-cell-${column}`);
  }

  /** The rows whose AI is on. */
  rowsWithAiOn(): Locator {
    return this.rows().filter({
      has: this.page.getByTestId('thread-cell-ai').getByText('On', { exact: true }),
    });
  }

  pageNumber(): Locator {
    return this.page.getByTestId('page-number');
  }

  rows(): Locator {
    return this.page.locator('[data-testid^="thread-row-"]');
  }

  async waitForRows() {
    await expect(this.page.getByTestId('thread-table-frame')).toHaveAttribute('data-status', 'ready');
    await expect(this.rows().first()).toBeVisible();
  }

  async rowIds(): Promise<string[]> {
    const testIds = await this.rows().evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-testid') ?? ''),
    );
    return testIds.map((testId) => testId.replace('thread-row-', ''));
  }

  /** Runs an action that reloads the list and waits until the page it asked for has arrived. */
  async reloading(action: () => Promise<void>) {
    const frame = this.page.getByTestId('thread-table-frame');
    const before = Number(await frame.getAttribute('data-loads'));
    await action();
    await expect.poll(async () => Number(await frame.getAttribute('data-loads'))).toBeGreaterThan(before);
    await expect(frame).toHaveAttribute('data-status', 'ready');
  }

  async filterByCustomerPhone(phone: string) {
    await this.page.getByRole('textbox', { name: /^Customer phone/ }).fill(phone);
    await this.applyFilters();
  }

  /** Sets every filter of the form at once (empty strings clear) and loads the first page. */
  async filter(values: {
    type?: string;
    assistantId?: string;
    customerPhone?: string;
    senderPhone?: string;
    externalId?: string;
  }) {
    await this.page.getByRole('combobox', { name: 'Type', exact: true }).selectOption(values.type ?? '');
    await this.page.getByRole('combobox', { name: /^Assistant id/ }).fill(values.assistantId ?? '');
    await this.page.getByRole('textbox', { name: /^Customer phone/ }).fill(values.customerPhone ?? '');
    await this.page.getByRole('textbox', { name: /^WhatsApp sender phone/ }).fill(values.senderPhone ?? '');
    await this.page.getByRole('textbox', { name: /^External identifier/ }).fill(values.externalId ?? '');
    await this.applyFilters();
  }

  async applyFilters() {
    await this.reloading(() => this.page.getByRole('button', { name: 'Apply', exact: true }).click());
  }

  async setPageSize(size: number) {
    await this.reloading(() =>
      this.pager()
        .getByRole('combobox', { name: 'Per page' })
        .selectOption(String(size))
        .then(() => undefined),
    );
  }

  async nextPage() {
    await this.reloading(() => this.pager().getByRole('button', { name: /Next/ }).click());
  }

  async previousPage() {
    await this.reloading(() =>
      this.pager()
        .getByRole('button', { name: /Previous/ })
        .click(),
    );
  }

  pager(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' });
  }

  /** The row whose message count reads exactly this (the seeded long threads are unique by size). */
  rowWithMessages(count: string): Locator {
    return this.rows().filter({
      has: this.page.getByTestId('thread-cell-messages').getByText(count, { exact: true }),
    });
  }

  async openRow(row: Locator) {
    await row.getByRole('button', { name: /^Open the / }).click();
    await expect(this.page.getByTestId('thread-reader')).toBeVisible();
  }

  // A string, because e2e code compiles without the DOM's types; the page runs it as it would its own.
  private writeClipboard(text: string) {
    return this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  }

  /** Puts text on the clipboard (the page must be allowed to use it) and opens what it names. */
  async openFromClipboard(text: string) {
    await this.writeClipboard(text);
    await this.page.getByRole('button', { name: 'From clipboard' }).click();
  }

  /** Pastes text into the open-conversation field with the keyboard, as a person would. */
  async pasteIntoOpenField(text: string) {
    await this.writeClipboard(text);
    await this.openField().focus();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  openField(): Locator {
    return this.page.getByRole('textbox', { name: 'Conversation UUID or link' });
  }

  openNotice(): Locator {
    return this.page.getByTestId('open-conversation-notice');
  }

  async importFile(path: string) {
    await this.page.getByTestId('thread-import-file').setInputFiles(path);
  }

  async openById(id: string) {
    await this.openField().fill(id);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(this.page.getByTestId('thread-reader')).toBeVisible();
  }
}
