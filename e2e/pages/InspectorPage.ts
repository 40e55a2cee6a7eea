import { expect, type Locator, type Page } from '@playwright/test';

/** The playground's inspector panel: function calls, compare, raw HTTP and replay. */
export class InspectorPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('inspector');
  }

  async open() {
    await this.page.getByTestId('inspector-toggle').click();
    await expect(this.root).toBeVisible();
  }

  async tab(name: 'calls' | 'compare' | 'http' | 'replay') {
    await this.root.getByTestId(`inspector-tab-${name}`).click();
    await expect(this.root.getByTestId(`inspector-tab-${name}`)).toHaveAttribute('aria-selected', 'true');
  }

  calls() {
    return this.root.getByTestId('call-card');
  }

  call(name: string) {
    return this.root.locator(`[data-testid="call-card"][data-function="${name}"]`);
  }

  /** Shows the calls of the focused pane only, or of every pane. */
  async scope(which: 'selected' | 'all') {
    await this.root.getByTestId(`call-scope-${which}`).click();
    await expect(this.root.getByTestId(`call-scope-${which}`)).toHaveAttribute('aria-checked', 'true');
  }

  async filter(text: string) {
    await this.root.getByTestId('call-filter').fill(text);
  }

  async saveScript(name: string) {
    await this.tab('replay');
    await this.root.getByTestId('replay-script-name').fill(name);
    await this.root.getByTestId('replay-save').click();
    await expect(this.script(name)).toBeVisible();
  }

  script(name: string) {
    return this.root.locator(`[data-testid="replay-script"][data-name="${name}"]`);
  }

  /** Replays a saved script into one fresh pane per type and waits until every reply is in. */
  async replay(name: string, types: ('test' | 'widget')[]) {
    await this.script(name).getByTestId('replay-script-replay').click();
    const targets = this.root.getByTestId('replay-target');
    await expect(targets).toHaveCount(2);
    for (const [index, type] of types.entries()) {
      await targets.nth(index).getByTestId('replay-target-type').selectOption(type);
    }
    await this.root.getByTestId('replay-start').click();
    await expect(this.root.getByTestId('replay-progress')).toHaveAttribute('data-status', 'done');
  }

  turns() {
    return this.root.getByTestId('replay-turn');
  }
}
