import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import type { AssistantVersion } from '../../../shared/domain/assistantLab';
import { initI18n } from '../../i18n';
import { useLabStore } from './labStore';
import { VersionsPanel } from './VersionsPanel';
import { claraDraft } from '../../../shared/testing/assistantDraftKit';

beforeAll(async () => {
  await initI18n('en');
});

const draft = claraDraft();
const version = (id: string, kind: AssistantVersion['kind'], change: Partial<AssistantDraft>, note = '') => ({
  id,
  profileId: 'p',
  assistantId: 101,
  kind,
  draft: { ...draft, ...change },
  note,
  author: 'ada',
  at: '2026-12-07T12:00:00.000Z',
});
const versions = [
  version('v1', 'original', {}),
  version('v2', 'draft', { initialMessage: 'Hi!' }, 'shorter'),
  version('v3', 'draft', { initialMessage: 'Hi!', name: 'Clara B' }, 'renamed'),
];

beforeEach(() => useLabStore.setState({ draft: { ...draft, timezone: 'UTC' }, compared: null }));

describe('the versions panel', () => {
  it('compares any two versions, or one with the draft, picked on either side', async () => {
    render(<VersionsPanel versions={versions} />);
    const [, , oldest] = screen.getAllByRole('button', { name: 'Compare with the draft' });
    if (!oldest) throw new Error('no compare button');
    await userEvent.click(oldest);
    const comparison = screen.getByRole('region', { name: 'Comparison' });
    expect(within(comparison).getByText('Time zone')).toBeTruthy();

    await userEvent.selectOptions(within(comparison).getByRole('combobox', { name: 'with' }), 'v3');
    expect(within(comparison).queryByText('Time zone')).toBeNull();
    expect(within(comparison).getByText('Name')).toBeTruthy();
    expect(within(comparison).getByText('Initial message')).toBeTruthy();

    await userEvent.selectOptions(within(comparison).getByRole('combobox', { name: 'Compare' }), 'v2');
    expect(within(comparison).queryByText('Initial message')).toBeNull();
    expect(within(comparison).getByText('Name')).toBeTruthy();
    expect(
      within(comparison)
        .getAllByRole('option', { name: /renamed/ })
        .map((option) => option.textContent),
    ).toEqual([
      expect.stringMatching(/^Draft · Dec 7, 2026, .* · renamed$/),
      expect.stringMatching(/ · renamed$/),
    ]);
  });
});
