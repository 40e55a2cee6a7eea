import type { Locator, Page } from '@playwright/test';

/** The reply tab of a taken-over thread: the sender, the 24-hour window, freeform and template replies, and the
 * simulator's demo controls (advance the clock, write as the customer). */
export class WhatsAppReplyPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('human-reply');
  }

  tab(): Locator {
    return this.page.getByTestId('side-tab-reply');
  }

  sender(): Locator {
    return this.root.getByTestId('reply-sender');
  }

  window(): Locator {
    return this.root.getByTestId('reply-window');
  }

  message(): Locator {
    return this.root.getByTestId('reply-message');
  }

  sendButton(): Locator {
    return this.root.getByTestId('reply-send');
  }

  async send(text: string) {
    await this.message().fill(text);
    await this.sendButton().click();
  }

  sent(): Locator {
    return this.root.getByTestId('reply-sent');
  }

  async chooseTemplate(label: string) {
    await this.root.getByTestId('reply-template').selectOption({ label });
  }

  async fillVariable(position: number, value: string) {
    await this.root.getByTestId(`reply-variable-${position}`).fill(value);
  }

  templatePreview(): Locator {
    return this.root.getByTestId('reply-template-preview');
  }

  templateSendButton(): Locator {
    return this.root.getByTestId('reply-template-send');
  }

  templateSent(): Locator {
    return this.root.getByTestId('reply-template-sent');
  }

  /** The simulator's controls, opened: the clock moves past the window, the customer writes. */
  async openDemoControls() {
    await this.root.getByTestId('demo-controls').locator('summary').click();
  }

  async advanceClock() {
    await this.root.getByTestId('demo-advance-clock').click();
  }

  async customerWrites(text: string) {
    await this.root.getByTestId('demo-customer-message').fill(text);
    await this.root.getByTestId('demo-customer-writes').click();
  }

  /** The thread's message count in its details. */
  messageCount(): Locator {
    return this.page.getByTestId('detail-messages');
  }

  /** The "sent by a person" mark of a message. */
  personMark(index: number): Locator {
    return this.page.getByTestId(`message-${index}-person`);
  }
}

/** The queue of taken-over threads, closest window first. */
export class HumanQueuePage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('human-queue');
  }

  async open() {
    await this.page.getByTestId('threads-view-queue').click();
  }

  rows(): Locator {
    return this.root.getByTestId(/^queue-row-/);
  }

  windowOf(row: Locator): Locator {
    return row.getByTestId('queue-window');
  }

  async openRow(row: Locator) {
    await row.getByTestId('queue-open').click();
  }
}
