import { expect, type Locator, type Page } from '@playwright/test';
import type { PlaygroundApi } from '../../src/shared/ipc/contract';
import { ENGLISH, type Words } from '../fixtures/words';

/** The prompt lab: the assistant's draft, its versions, the scratch copy and "Apply to assistant". */
export class LabPage {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  async open() {
    await this.page.getByRole('button', { name: this.t('nav.lab'), exact: true }).click();
  }

  async pick(name: string) {
    await this.page.getByLabel(this.t('lab.pickAssistant'), { exact: true }).selectOption({ label: name });
    await expect(this.versions().first()).toBeVisible();
  }

  initialMessage(): Locator {
    return this.page.getByRole('textbox', { name: this.t('lab.fields.initialMessage'), exact: true });
  }

  prompt(): Locator {
    return this.page.getByRole('textbox', { name: this.t('lab.fields.systemPrompt'), exact: true });
  }

  /** The default value of the draft's variable at this place in the list. */
  variableValue(index: number) {
    return this.page.getByLabel(this.t('lab.fields.variableValue'), { exact: true }).nth(index);
  }

  /** Adds a built-in tool of this type, its required fields still to fill in. */
  async addTool(type: string) {
    await this.page
      .getByRole('combobox', { name: this.t('lab.fields.toolType'), exact: true })
      .selectOption(type);
    await this.page.getByRole('button', { name: this.t('lab.fields.addTool'), exact: true }).click();
  }

  /** Types at the end of the prompt, as a person would. */
  async appendToPrompt(text: string) {
    await this.prompt().click();
    await this.prompt().press('ControlOrMeta+End');
    await this.prompt().pressSequentially(text);
  }

  placeholders(): Locator {
    return this.page
      .getByRole('region', { name: this.t('lab.placeholders.title'), exact: true })
      .getByRole('listitem');
  }

  async save(note: string) {
    await this.page.getByRole('textbox', { name: this.t('lab.actions.notePlaceholder') }).fill(note);
    await this.page.getByRole('button', { name: this.t('lab.actions.save'), exact: true }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: this.t('lab.actions.saved') }),
    ).toBeVisible();
  }

  /** Tries the draft, on the given models (by name) and with a replay script of the open session (by name). */
  /** With a replay script (of one message) or a test suite (name and case count) run on the original and the copies. */
  async tryDraft({
    models = [],
    script,
    suite,
  }: { models?: string[]; script?: string; suite?: { name: string; cases: number } } = {}) {
    const panel = this.page.getByRole('region', { name: this.t('lab.scratch.title'), exact: true });
    for (const model of models) await panel.getByRole('checkbox', { name: model, exact: true }).check();
    const runOn = panel.getByLabel(this.t('lab.scratch.runOn'), { exact: true });
    if (script)
      await runOn.selectOption({ label: this.t('lab.scratch.scriptOption', { name: script, count: 1 }) });
    if (suite) {
      const label = this.t('lab.scratch.suiteOption', { name: suite.name, count: suite.cases });
      // The suites are read when the panel opens.
      await expect(runOn.getByRole('option', { name: label })).toBeAttached();
      await runOn.selectOption({ label });
    }
    const name =
      models.length > 1
        ? this.t('lab.actions.tryModels', { count: models.length })
        : this.t('lab.actions.try');
    await panel.getByRole('button', { name, exact: true }).click();
  }

  /** Deletes the scratch copies open now, and waits until the last is gone (they go one after another). */
  async discardCopies(count = 1) {
    const button = (name: string) => this.page.getByRole('button', { name, exact: true });
    await button(this.t('lab.scratch.discard', { count })).click();
    // While copies are open their button says "Delete…" or, while one goes, "Deleting…".
    const still = [count, 1].map((left) => button(this.t('lab.scratch.discard', { count: left })));
    still.push(button(this.t('lab.scratch.discarding')));
    await expect
      .poll(async () => (await Promise.all(still.map((locator) => locator.count()))).reduce((a, b) => a + b))
      .toBe(0);
  }

  /** Reviews the changes and applies them; answers the review's text. */
  async apply() {
    await this.page.getByRole('button', { name: this.t('lab.actions.review'), exact: true }).click();
    const review = this.page.getByRole('region', { name: this.t('lab.actions.review'), exact: true });
    await expect(review).toBeVisible();
    const text = await review.innerText();
    await review.getByRole('button', { name: this.t('lab.actions.apply'), exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: this.t('lab.push.applied') })).toBeVisible();
    return text;
  }

  versions(): Locator {
    return this.page
      .getByRole('region', { name: this.t('lab.versions.title'), exact: true })
      .getByRole('listitem');
  }

  async restore(index: number) {
    await this.versions()
      .nth(index)
      .getByRole('button', { name: this.t('lab.versions.restore') })
      .click();
  }

  async compareWithDraft(index: number) {
    await this.versions()
      .nth(index)
      .getByRole('button', { name: this.t('lab.versions.compareDraft') })
      .click();
  }

  comparison(): Locator {
    return this.page.getByRole('region', { name: this.t('lab.versions.comparison'), exact: true });
  }

  /** The start-up notice of scratch copies an earlier run left on Famulor. */
  leftoverBanner() {
    return this.page.getByTestId('leftover-copies');
  }

  async deleteLeftovers() {
    await this.leftoverBanner()
      .getByRole('button', { name: this.t('lab.leftoverBanner.delete'), exact: true })
      .click();
  }

  /** The active account's assistants, by name, as Famulor (here the simulator) lists them now. */
  async listedNames(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const { api } = globalThis as unknown as { api: PlaygroundApi };
      const listed = await api['assistants:list']({ page: 1, perPage: 100 });
      return listed.ok ? listed.data.assistants.map((assistant) => assistant.name) : ['(the list failed)'];
    });
  }
}
