import { expect, type Locator, type Page } from '@playwright/test';
import { FunctionCallCardPage } from './FunctionCallCardPage';

const TAB_NAMES = { calls: 'Function calls', compare: 'Compare', http: 'HTTP', replay: 'Replay' } as const;

/** The playground's inspector panel: function calls, compare, raw HTTP and replay. */
export class InspectorPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Inspector', exact: true }).click();
    await expect(this.root).toBeVisible();
  }

  async tab(name: 'calls' | 'compare' | 'http' | 'replay') {
    const tab = this.root.getByRole('tab', { name: TAB_NAMES[name], exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  calls() {
    return this.root.getByTestId('call-card');
  }

  call(name: string) {
    return this.root.locator(`[data-testid="call-card"][data-function="${name}"]`);
  }

  /** Shows the calls of the focused pane only, or of every pane. */
  async scope(which: 'selected' | 'all') {
    const radio = this.root.getByRole('radio', { name: which === 'all' ? 'All panes' : 'Selected pane' });
    await radio.click();
    await expect(radio).toHaveAttribute('aria-checked', 'true');
  }

  async filter(text: string) {
    await this.root.getByRole('combobox', { name: 'Filter by function name' }).fill(text);
  }

  async saveScript(name: string) {
    await this.tab('replay');
    await this.root.getByRole('textbox', { name: 'Script name' }).fill(name);
    await this.root.getByRole('button', { name: 'Save script' }).click();
    await expect(this.script(name)).toBeVisible();
  }

  /** One replay turn's parts: the message, each pane's reply, the replies' diff, the calls all panes made. */
  turnPart(turn: Locator, part: 'message' | 'reply' | 'reply-diff' | 'calls-same'): Locator {
    return turn.getByTestId(part === 'message' ? 'replay-turn-message' : `replay-${part}`);
  }

  /** Picks the two calls the Compare tab puts side by side, by their place in each list. */
  async compareCalls(side: 'left' | 'right', index: number) {
    await this.root.getByTestId(`call-diff-${side}`).selectOption({ index });
  }

  callPair(): Locator {
    return this.root.getByTestId('call-diff-pair');
  }

  /** The HTTP tab's recorded exchanges, and the headers of each. */
  exchanges(): Locator {
    return this.root.getByTestId('exchange');
  }

  exchangeHeaders(): Locator {
    return this.root.getByTestId('exchange-headers');
  }

  scripts() {
    return this.root.getByTestId('replay-script');
  }

  /** The card of a function call, by the function's name. */
  callCard(name: string): FunctionCallCardPage {
    return new FunctionCallCardPage(this.call(name));
  }

  script(name: string) {
    return this.root.locator(`[data-testid="replay-script"][data-name="${name}"]`);
  }

  /** Replays a saved script into one fresh pane per type and waits until every reply is in. */
  async replay(name: string, types: ('test' | 'widget')[]) {
    await this.script(name).getByRole('button', { name: 'Replay…' }).click();
    const targets = this.root.getByTestId('replay-target');
    await expect(targets).toHaveCount(2);
    for (const [index, type] of types.entries()) {
      await targets.nth(index).getByRole('combobox', { name: 'Conversation type' }).selectOption(type);
    }
    await this.root.getByRole('button', { name: /^Replay into \d+ panes?$/ }).click();
    await expect(this.root.getByTestId('replay-progress')).toHaveAttribute('data-status', 'done');
  }

  turns() {
    return this.root.getByTestId('replay-turn');
  }
}
