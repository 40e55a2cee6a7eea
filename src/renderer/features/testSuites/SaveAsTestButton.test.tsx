import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConversationToTest } from '../../../shared/testSuite/caseFromConversation';
import type { Result } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { SaveAsTestButton } from './SaveAsTestButton';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const CONVERSATION: ConversationToTest = {
  suiteName: 'Clara',
  caseName: 'Clara · Test',
  assistant: { name: 'Clara', uuid: 'u-clara' },
  type: 'test',
  variables: {},
  variableSetName: 'playground',
  entries: [
    { role: 'user', content: 'Free on 2026-12-10?', functionCalls: [] },
    { role: 'assistant', content: 'Yes, 10:30 is free.', functionCalls: [] },
  ],
};

/** The texts main was asked to check, and the names of the files the browser was told to download. */
const renderButton = (answer: Result<unknown>, unavailable: string | null = null) => {
  const checked: string[] = [];
  const downloads: string[] = [];
  installFakeMain(async (channel, input) => {
    if (channel === 'exports:check') checked.push((input as { text: string }).text);
    return answer;
  });
  Object.assign(URL, { createObjectURL: () => 'blob:suite', revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  render(
    <SaveAsTestButton
      testId="save"
      conversation={() => CONVERSATION}
      fileStem="Clara (Stadtpark)"
      origin={() => 'Made in a test'}
      unavailable={unavailable}
    />,
  );
  return { checked, downloads };
};

describe('Save as test', () => {
  beforeAll(() => initI18n('en'));
  afterEach(() => {
    removeFakeMain();
    vi.restoreAllMocks();
  });

  it('downloads the conversation as a suite file once main found no key in it', async () => {
    const { checked, downloads } = renderButton({ ok: true, data: { clean: true } });
    await userEvent.click(screen.getByRole('button', { name: 'Save as test' }));
    await waitFor(() => expect(downloads).toEqual(['clara-stadtpark.suite.yaml']));
    expect(checked[0]).toMatch(/^# Made in a test\n/);
    expect(checked[0]).toContain('npx famulor-playground test clara-stadtpark.suite.yaml');
    expect(checked[0]).toContain('- user: Free on 2026-12-10?');
  });

  it('saves nothing and says why when main refuses the file', async () => {
    const { downloads } = renderButton({
      ok: false,
      error: { code: 'validation', reason: 'export_holds_key', errorCode: 'export_holds_key' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save as test' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/key/i);
    expect(downloads).toEqual([]);
  });

  it('is disabled with the reason while there is nothing to save', () => {
    renderButton({ ok: true, data: { clean: true } }, 'Send a message first.');
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Save as test' });
    expect(button.disabled).toBe(true);
    expect(button.title).toBe('Send a message first.');
  });
});
