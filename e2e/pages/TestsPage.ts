import { expect, type Locator, type Page } from '@playwright/test';

/** The Tests view: suite files in a list, a suite's run with its matrix, a cell's runs, the comparison. */
export class TestsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Tests', exact: true }).click();
  }

  pathField(): Locator {
    return this.page.getByLabel('Path of a suite file');
  }

  async add(path: string) {
    await this.pathField().fill(path);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  addError(): Locator {
    return this.page.getByTestId('tests-add-error');
  }

  /** The listed suites, each a button with its name, last result and case count. */
  suites(): Locator {
    return this.page.getByRole('list', { name: 'Tests' }).getByRole('button');
  }

  problems(): Locator {
    return this.page.getByTestId('suite-problems');
  }

  runButton(): Locator {
    return this.page.getByRole('button', { name: 'Run', exact: true });
  }

  async run() {
    await this.runButton().click();
  }

  async runAgain() {
    await this.page.getByRole('button', { name: 'Run again', exact: true }).click();
  }

  runAllButton(): Locator {
    return this.page.getByRole('button', { name: 'Run all suites' });
  }

  summary(): Locator {
    return this.page.getByTestId('run-summary');
  }

  changes(): Locator {
    return this.page.getByTestId('run-changes');
  }

  matrix(): Locator {
    return this.page.getByRole('table', { name: 'Cases and where they ran' });
  }

  /** A cell's regression or fix mark, by the case's row. */
  cellChange(caseIndex: number): Locator {
    return this.matrix().getByTestId(`cell-change-${caseIndex}`);
  }

  async compareWith(index: number) {
    await this.page.getByLabel('Compare with').selectOption({ index });
  }

  /** Opens the runs of a cell by its accessible name and returns their region. */
  async openCell(name: RegExp, region: RegExp): Promise<Locator> {
    await this.matrix().getByRole('button', { name }).click();
    const runs = this.page.getByRole('region', { name: region });
    await expect(runs).toBeVisible();
    return runs;
  }

  failedExpectation(runs: Locator): Locator {
    return runs.getByTestId('expectation-failed');
  }

  /** Asks to remove the open suite; the question (removeQuestion) waits for `answerRemoval`. */
  async askToRemove() {
    await this.page.getByRole('button', { name: 'Remove from the list' }).click();
  }

  async answerRemoval(answer: 'Keep' | 'Remove') {
    await this.page.getByRole('button', { name: answer, exact: true }).click();
  }

  removeQuestion(): Locator {
    return this.page.getByRole('group', { name: 'Remove from the list' });
  }
}
