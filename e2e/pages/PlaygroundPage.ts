import { expect, type Locator, type Page } from '@playwright/test';

/** The playground: the sessions list in the sidebar, the toolbar, and one page object per pane. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  async createSession() {
    await this.page.getByTestId('session-new').click();
    await expect(this.page.getByTestId('session-title')).toBeVisible();
  }

  sessionTitle() {
    return this.page.getByTestId('session-title');
  }

  async addPane() {
    const before = await this.page.locator('[data-pane-id]').count();
    await this.page.getByTestId('add-pane').click();
    await expect(this.page.locator('[data-pane-id]')).toHaveCount(before + 1);
    return this.pane(before);
  }

  pane(index: number) {
    return new PanePage(this.page, this.page.getByTestId(`pane-${index}`));
  }

  panes() {
    return this.page.locator('[data-pane-id]');
  }

  broadcastToggle() {
    return this.page.getByTestId('broadcast-toggle');
  }

  /** Waits until the open session's last change has been written, so that a restart finds it. */
  async saved() {
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  }

  variableEditor() {
    return new VariableEditorPage(this.page.getByTestId('variable-editor'));
  }
}

export class PanePage {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  async pickAssistant(name: string) {
    await this.root.getByTestId('assistant-picker').click();
    await this.root.getByTestId('assistant-search').fill(name);
    await this.root.getByTestId('assistant-option').filter({ hasText: name }).first().click();
    await expect(this.root.getByTestId('assistant-picker')).toContainText(name);
  }

  async setType(type: 'test' | 'widget') {
    await this.root.getByTestId(`pane-type-${type}`).click();
    await expect(this.root.getByTestId(`pane-type-${type}`)).toHaveAttribute('aria-checked', 'true');
  }

  composer() {
    return this.root.getByTestId('composer-input');
  }

  async send(text: string) {
    await this.composer().fill(text);
    await this.composer().press('Enter');
  }

  messages(role?: 'user' | 'assistant') {
    return this.root.getByTestId(role ? `message-${role}` : /^message-(user|assistant|system)$/);
  }

  lastAssistantText() {
    return this.messages('assistant').last().getByTestId('message-text');
  }

  functionCallChips() {
    return this.root.getByTestId('function-call-chip');
  }

  cost() {
    return this.root.getByTestId('pane-cost');
  }

  async openVariables() {
    await this.root.getByTestId('pane-variables').click();
  }

  async reset() {
    await this.root.getByTestId('pane-reset').click();
  }

  async idle() {
    await expect(this.root.getByTestId('message-in-flight')).toHaveCount(0);
  }
}

export class VariableEditorPage {
  constructor(readonly root: Locator) {}

  async setValue(name: string, value: string) {
    await this.root.getByTestId(`variable-value-${name}`).fill(value);
  }

  async apply() {
    await this.root.getByTestId('variables-apply').click();
    await expect(this.root).toBeHidden();
  }
}
