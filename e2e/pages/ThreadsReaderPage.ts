import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** One open thread: history, search, takeover switch and export. */
export class ThreadsReaderPage {
  constructor(readonly page: Page) {}

  /**
   * Waits for the history. The simulator writes its long seeded threads on their first read, which takes
   * seconds on a busy machine, so a long thread gets longer than the default wait.
   */
  async loaded(timeout?: number) {
    await expect(this.page.getByTestId('thread-messages')).toBeVisible({ timeout });
    // A thread opens at its latest message: some message row, not the first, is what shows it has loaded.
    await expect(this.page.getByTestId(/^message-\d+$/).first()).toBeVisible();
  }

  message(index: number): Locator {
    return this.page.getByTestId(`message-${index}`);
  }

  conversationId(): Promise<string> {
    return this.page.getByTestId('thread-id').innerText();
  }

  async jumpToEnd() {
    await this.page.getByTestId('thread-jump-end').click();
  }

  async search(text: string) {
    await this.page.getByTestId('thread-search').fill(text);
  }

  searchCount(): Locator {
    return this.page.getByTestId('thread-search-count');
  }

  async nextMatch() {
    await this.page.getByTestId('thread-search').press('Enter');
  }

  async previousMatch() {
    await this.page.getByTestId('thread-search').press('Shift+Enter');
  }

  currentMatch(): Locator {
    return this.page.getByTestId('search-current');
  }

  aiState(): Locator {
    return this.page.getByTestId('thread-ai-state');
  }

  async takeOver() {
    await this.page.getByTestId('thread-takeover').click();
    await expect(this.page.getByTestId('confirm-dialog')).toBeVisible();
    await this.page.getByTestId('confirm-accept').click();
    await expect(this.aiState()).toHaveAttribute('data-state', 'off');
  }

  async handBack() {
    await this.page.getByTestId('thread-handback').click();
    await expect(this.page.getByTestId('confirm-dialog')).toBeVisible();
    await this.page.getByTestId('confirm-accept').click();
    await expect(this.aiState()).toHaveAttribute('data-state', 'on');
  }

  async export(format: 'markdown' | 'json' | 'html'): Promise<Download> {
    await this.page.getByTestId('thread-export').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click(),
    ]);
    return download;
  }

  /** Opens the thread in the playground through the confirmation, which says what will be created. */
  async openInPlayground(): Promise<{ assistant: string; script: string }> {
    await this.page.getByTestId('thread-open-playground').click();
    const plan = this.page.getByTestId('handoff-plan');
    await expect(plan).toBeVisible();
    const said = {
      assistant: await plan.getByTestId('handoff-assistant').innerText(),
      script: await plan.getByTestId('handoff-script').innerText(),
    };
    await this.page.getByTestId('confirm-accept').click();
    await expect(this.page.getByTestId('view-playground')).toBeVisible();
    return said;
  }

  /** Selects the nth function call in the side panel's list; the call inspector shows it in full. */
  async inspectCall(index: number) {
    await this.page.locator('[data-testid^="call-item-"]').nth(index).click();
    await expect(this.page.getByTestId('call-inspector')).toBeVisible();
    return this.page.getByTestId('call-inspector');
  }

  async refresh() {
    await this.page.getByTestId('thread-refresh').click();
  }

  async back() {
    await this.page.getByTestId('thread-back').click();
    await expect(this.page.getByTestId('thread-browser')).toBeVisible();
  }
}
