import type { Locator } from '@playwright/test';

/** One function-call card (components/FunctionCallCard), as the playground's inspector and the thread reader show it. */
export class FunctionCallCardPage {
  constructor(readonly root: Locator) {}

  arguments(): Locator {
    return this.root.getByTestId('call-arguments');
  }

  result(): Locator {
    return this.root.getByTestId('call-result');
  }

  /** "message #N" in the thread reader, "In reply" in the playground. */
  origin(): Locator {
    return this.root.getByTestId('call-origin');
  }

  async showInConversation() {
    await this.root.getByTestId('call-jump').click();
  }
}
