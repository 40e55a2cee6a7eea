import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../shared/domain/famulor';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { CLARA, currentPanes, openTestSession, sessionApplyAnswers } from '../../testing/storeTestKit';
import { useUiStore } from '../../stores/uiStore';
import { VariableEditor } from './VariableEditor';
import { installFakeMain, removeFakeMain } from '../../testing/fakeMainTestKit';

const clara: Assistant = {
  id: 101,
  uuid: CLARA.assistant.uuid,
  name: 'Clara',
  variables: { company_name: 'Stadtpark Health Clinic', appointment_minutes: 30 },
  initialMessage: 'Hi, I am {{assistant_name}} from {company_name}.',
  systemPrompt:
    'Slots last {appointment_minutes} minutes. Call {front_desk_phone}. Today is {{current_date}}.',
  language: 'en',
  timezone: 'Europe/Berlin',
  status: 'active',
  raw: {},
};

const jsonArea = () => screen.getByTestId('variables-json') as HTMLTextAreaElement;
const applyButton = () => screen.getByTestId('variables-apply') as HTMLButtonElement;

describe('VariableEditor', () => {
  let paneId = '';
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    const applied = sessionApplyAnswers();
    installFakeMain(async () => applied());
    const session = openTestSession([
      { ...CLARA, variables: { company_name: 'Acme', appointment_minutes: 30 } },
    ]);
    paneId = session.panes[0]?.id ?? '';
    useAppStore.setState({ assistants: { list: [clara], status: 'ready', error: null } });
    useUiStore.getState().openVariableEditor(paneId);
  });
  afterEach(removeFakeMain);

  it('keeps Tab inside the dialog, closes on Escape from anywhere in it, and gives focus back', async () => {
    const Opener = () => {
      const open = useUiStore((state) => state.variableEditorPaneId);
      return (
        <>
          <button type="button" onClick={() => useUiStore.getState().openVariableEditor(paneId)}>
            Variables
          </button>
          {open && <VariableEditor paneId={open} />}
        </>
      );
    };
    useUiStore.getState().openVariableEditor(null);
    render(<Opener />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Variables' }));
    const dialog = screen.getByRole('dialog');
    for (let press = 0; press < 40; press += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(useUiStore.getState().variableEditorPaneId).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Variables' })),
    );
  });

  it('keeps the table and the JSON in sync both ways', async () => {
    render(<VariableEditor paneId={paneId} />);
    const value = screen.getByTestId('variable-value-company_name') as HTMLInputElement;
    expect(value.value).toBe('Acme');
    await userEvent.clear(value);
    await userEvent.type(value, 'Berlin Clinic');

    await userEvent.click(screen.getByTestId('variables-tab-json'));
    expect(JSON.parse(jsonArea().value)).toEqual({ company_name: 'Berlin Clinic', appointment_minutes: 30 });

    fireEvent.change(jsonArea(), { target: { value: '{"company_name": "VIP Clinic", "vip": true}' } });
    await userEvent.click(screen.getByTestId('variables-tab-table'));
    expect((screen.getByTestId('variable-value-company_name') as HTMLInputElement).value).toBe('VIP Clinic');
    expect((screen.getByTestId('variable-value-vip') as HTMLInputElement).value).toBe('true');
  });

  it('shows a JSON error with its line and column, blocks Apply, and keeps the last valid table', async () => {
    render(<VariableEditor paneId={paneId} />);
    await userEvent.click(screen.getByTestId('variables-tab-json'));
    fireEvent.change(jsonArea(), { target: { value: '{\n  "company_name": "Acme",\n  "vip": tru\n}' } });
    expect(screen.getByTestId('variables-json-error').textContent).toBe(
      'Line 3, column 10: expected a value.',
    );
    expect(jsonArea().getAttribute('aria-invalid')).toBe('true');
    expect(applyButton().disabled).toBe(true);

    await userEvent.click(screen.getByTestId('variables-tab-table'));
    expect((screen.getByTestId('variable-value-company_name') as HTMLInputElement).value).toBe('Acme');
  });

  it('flags a repeated name in the table and blocks Apply until it is fixed', async () => {
    render(<VariableEditor paneId={paneId} />);
    await userEvent.click(screen.getByTestId('variable-add'));
    await userEvent.type(screen.getByTestId('variable-key-2'), 'company_name');
    screen.getByText('This name is already set above.');
    expect(applyButton().disabled).toBe(true);
    await userEvent.type(screen.getByTestId('variable-key-2'), '_2');
    expect(applyButton().disabled).toBe(false);
  });

  it('lists the prompt’s placeholders and highlights the unset ones', () => {
    render(<VariableEditor paneId={paneId} />);
    const list = screen.getByTestId('placeholder-list');
    expect(within(list).getByTestId('placeholder-front_desk_phone').dataset.unset).toBe('true');
    expect(within(list).getByTestId('placeholder-company_name').dataset.unset).toBeUndefined();
    expect(within(list).queryByTestId('placeholder-current_date')).toBeNull();
    expect(screen.getByTestId('system-assistant_name').textContent).toBe('Clara');
    expect(screen.getByTestId('system-current_date').textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('applies the edited variables to the pane', async () => {
    render(<VariableEditor paneId={paneId} />);
    await userEvent.click(screen.getByTestId('variables-tab-json'));
    fireEvent.change(jsonArea(), { target: { value: '{"company_name": "Applied"}' } });
    await userEvent.click(applyButton());
    expect(currentPanes()[0]?.variables).toEqual({ company_name: 'Applied' });
    expect(useUiStore.getState().variableEditorPaneId).toBeNull();
  });
});
