import { expect, type Locator, type Page } from '@playwright/test';

/** The thread's customer simulation tab: generate-reply as a customer, with the pacer's countdown. */
export class ThreadsChatPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('tabpanel', { name: 'Simulate customer' });
  }

  async open() {
    await this.page.getByRole('tab', { name: 'Simulate customer' }).click();
    await expect(this.root).toBeVisible();
  }

  async setIdentifier(identifier: string) {
    await this.root.getByRole('textbox', { name: /^Customer identifier/ }).fill(identifier);
  }

  async setVariables(json: string) {
    await this.root.getByRole('textbox', { name: /^Variables \(JSON/ }).fill(json);
  }

  /** Sends a message and leaves it in flight (the pacer may hold it). */
  async send(message: string) {
    await this.root.getByRole('textbox', { name: 'Message', exact: true }).fill(message);
    await this.root.getByRole('button', { name: 'Send as customer via generate-reply' }).click();
  }

  /** Sends a message and waits until its answer (or error) is listed. */
  async sendAndWait(message: string) {
    const before = await this.turns().count();
    await this.send(message);
    await expect(this.turns()).toHaveCount(before + 1);
  }

  status(): Locator {
    return this.root.getByTestId('chat-status');
  }

  async cancel() {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(this.status()).toHaveCount(0);
  }

  turns(): Locator {
    return this.root.getByTestId('chat-turn');
  }

  /** The assistant's answers among the turns. */
  replies(): Locator {
    return this.root.getByTestId('chat-reply');
  }
}
