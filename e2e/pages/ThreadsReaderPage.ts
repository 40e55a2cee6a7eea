import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { FunctionCallCardPage } from './FunctionCallCardPage';
import { MENU_ITEMS } from './SessionExportPage';

/** One open thread: history, search, takeover switch and export. */
export class ThreadsReaderPage {
  constructor(readonly page: Page) {}

  /**
   * Waits for the history. The simulator writes its long seeded threads on their first read, which takes
   * seconds on a busy machine, so a long thread gets longer than the default wait.
   */
  async loaded(timeout?: number) {
    await expect(this.page.getByRole('log', { name: /^Conversation history/ })).toBeVisible({ timeout });
    // A thread opens at its latest message: some message row, not the first, is what shows it has loaded.
    await expect(this.historyMessages().first()).toBeVisible();
  }

  message(index: number): Locator {
    return this.page.getByTestId(`message-${index}`);
  }

  conversationId(): Promise<string> {
    return this.page.getByTestId('thread-id').innerText();
  }

  async jumpToEnd() {
    await this.page.getByRole('button', { name: /Latest$/ }).click();
  }

  async search(text: string) {
    await this.searchField().fill(text);
  }

  searchField(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search in this thread' });
  }

  searchCount(): Locator {
    return this.page.getByTestId('thread-search-count');
  }

  async nextMatch() {
    await this.searchField().press('Enter');
  }

  async previousMatch() {
    await this.searchField().press('Shift+Enter');
  }

  currentMatch(): Locator {
    return this.page.getByTestId('search-current');
  }

  aiState(): Locator {
    return this.page.getByTestId('thread-ai-state');
  }

  async takeOver() {
    await this.page.getByRole('button', { name: 'Take over', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Take over this conversation?' });
    await dialog.getByRole('button', { name: 'Take over', exact: true }).click();
    await expect(this.aiState()).toHaveAttribute('data-state', 'off');
  }

  async handBack() {
    await this.page.getByRole('button', { name: 'Hand back to AI' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Hand this conversation back to the AI?' });
    await dialog.getByRole('button', { name: 'Hand back', exact: true }).click();
    await expect(this.aiState()).toHaveAttribute('data-state', 'on');
  }

  async export(format: 'markdown' | 'json' | 'html'): Promise<Download> {
    await this.page.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: MENU_ITEMS[format] }).click(),
    ]);
    return download;
  }

  /** Opens the thread in the playground through the confirmation, which says what will be created. */
  async openInPlayground(): Promise<{ assistant: string; script: string }> {
    await this.page.getByRole('button', { name: 'Open in playground' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Open this thread in the playground?' });
    const plan = dialog.getByTestId('handoff-plan');
    await expect(plan).toBeVisible();
    const said = {
      assistant: await plan.getByTestId('handoff-assistant').innerText(),
      script: await plan.getByTestId('handoff-script').innerText(),
    };
    await dialog.getByRole('button', { name: 'Open in playground' }).click();
    await expect(this.page.getByTestId('view-playground')).toBeVisible();
    return said;
  }

  /** Selects the nth function call in the side panel's list; the call inspector shows it in full. */
  async inspectCall(index: number): Promise<FunctionCallCardPage> {
    await this.page.locator('[data-testid^="call-item-"]').nth(index).click();
    const inspector = this.page.getByRole('region', { name: 'Selected function call' });
    await expect(inspector).toBeVisible();
    return new FunctionCallCardPage(inspector);
  }

  /** The reader itself, there while a thread is open. */
  root(): Locator {
    return this.page.getByTestId('thread-reader');
  }

  threadId(): Locator {
    return this.page.getByTestId('thread-id');
  }

  /** Why taking over or handing back was refused. */
  aiError(): Locator {
    return this.page.getByTestId('thread-ai-error');
  }

  /** The note that the thread shown is a file's copy, until it is refreshed from Famulor. */
  importedNote(): Locator {
    return this.page.getByTestId('thread-imported');
  }

  /** A field of the thread's details (messages, customer, sender, …). */
  detail(name: 'messages' | 'customer' | 'sender'): Locator {
    return this.page.getByTestId(`detail-${name}`);
  }

  /** The history's list, busy while earlier messages are still arriving. */
  history(): Locator {
    return this.page.getByTestId('thread-messages');
  }

  /** Placeholders of messages not arrived yet. */
  pendingMessages(): Locator {
    return this.page.getByTestId('message-pending');
  }

  /** The messages of the history (not their parts), in any language. */
  historyMessages(): Locator {
    return this.page.getByTestId(/^message-\d+$/);
  }

  /** Every message row on screen. */
  renderedMessages(): Locator {
    return this.page.locator('[data-testid^="message-"]');
  }

  async refresh() {
    await this.page.getByRole('button', { name: /Refresh$/ }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: /All threads$/ }).click();
    await expect(this.page.getByRole('region', { name: 'Customer threads' })).toBeVisible();
  }
}
