import { expect, type Locator, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../fixtures/words';

/**
 * The playground: the sessions list in the sidebar, the toolbar, and one page object per pane. Controls are found
 * by role and by the name the app gives them in the page's language; test ids remain for what has no name
 * (messages, the save state).
 */
export class PlaygroundPage {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  async createSession() {
    await this.page
      .getByRole('region', { name: this.t('sessions.title'), exact: true })
      .getByRole('button', { name: this.t('sessions.new') })
      .click();
    // The first screen's heading gives way to the session's name.
    await expect(this.page.getByRole('heading', { name: this.t('playground.emptyTitle') })).toHaveCount(0);
    await expect(this.sessionTitle()).toBeVisible();
  }

  /** The open session's name: the view's only top heading once a session is open. */
  sessionTitle() {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** The toolbar's button; an empty session offers another "Add pane" in its middle. */
  addPaneButton() {
    return this.page.getByRole('button', { name: `+ ${this.t('playground.addPane')}`, exact: true });
  }

  async addPane() {
    const before = await this.panes().count();
    await this.addPaneButton().click();
    await expect(this.panes()).toHaveCount(before + 1);
    return this.pane(before);
  }

  pane(index: number) {
    const name = this.t('playground.pane.label', { n: index + 1 });
    return new PanePage(this.page, this.page.getByRole('region', { name, exact: true }), this.t);
  }

  panes() {
    return this.page.getByRole('region', { name: this.t.matching('playground.pane.label') });
  }

  broadcastToggle() {
    return this.page.getByRole('switch', { name: this.t.startOf('playground.broadcast') });
  }

  /** Waits until the open session's last change has been written, so that a restart finds it. */
  async saved() {
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  }

  variableEditor() {
    return new VariableEditorPage(
      this.page.getByRole('dialog', { name: this.t.startOf('variables.title') }),
      this.t,
    );
  }
}

export class PanePage {
  constructor(
    readonly page: Page,
    readonly root: Locator,
    readonly t: Words = ENGLISH,
  ) {}

  /** The picker's trigger: named "Assistant" and then what it shows (a placeholder, or the chosen one). */
  assistantPicker() {
    return this.root.getByRole('button', { name: new RegExp(`^${this.t('playground.picker.label')} `) });
  }

  async pickAssistant(name: string) {
    await this.assistantPicker().click();
    await this.root.getByRole('combobox', { name: this.t('playground.picker.search') }).fill(name);
    await this.root.getByRole('option').filter({ hasText: name }).first().click();
    await expect(this.assistantPicker()).toContainText(name);
  }

  async setType(type: 'test' | 'widget') {
    const radio = this.root.getByRole('radio', { name: this.t(`playground.pane.${type}`), exact: true });
    await radio.click();
    await expect(radio).toHaveAttribute('aria-checked', 'true');
  }

  composer() {
    return this.root.getByRole('textbox', { name: this.t('playground.composer.label'), exact: true });
  }

  async send(text: string) {
    await this.composer().fill(text);
    await this.composer().press('Enter');
  }

  messages(role?: 'user' | 'assistant') {
    return this.root.getByTestId(role ? `message-${role}` : /^message-(user|assistant|system)$/);
  }

  /** The text of a message, without its header. */
  textOf(message: Locator) {
    return message.getByTestId('message-text');
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

  /** "Variables", or "Variables (2)" once some are set. */
  async openVariables() {
    await this.root.getByRole('button', { name: this.t.startOf('playground.pane.variables') }).click();
  }

  async reset() {
    await this.root.getByRole('button', { name: this.t('playground.pane.reset') }).click();
  }

  async close() {
    await this.root.getByRole('button', { name: this.t('playground.pane.close'), exact: true }).click();
  }

  async idle() {
    await expect(this.root.getByTestId('message-in-flight')).toHaveCount(0);
  }
}

export class VariableEditorPage {
  constructor(
    readonly root: Locator,
    readonly t: Words = ENGLISH,
  ) {}

  value(name: string) {
    return this.root.getByRole('textbox', { name: this.t('variables.valueOf', { name }), exact: true });
  }

  async setValue(name: string, value: string) {
    await this.value(name).fill(value);
  }

  /** "Apply", or "Apply and start a new conversation" where a conversation has begun. */
  async apply() {
    const names = [this.t('variables.apply'), this.t('variables.applyRestart')];
    await this.root.getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) }).click();
    await expect(this.root).toBeHidden();
  }
}
