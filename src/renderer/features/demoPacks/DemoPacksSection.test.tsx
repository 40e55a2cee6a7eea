import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DemoPackSummary, PackAssistantTurns } from '../../../shared/domain/demoPack';
import { initI18n } from '../../i18n';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';
import { DemoPacksSection } from './DemoPacksSection';
import { ServedPacksLine } from './ServedPacksLine';
import { usePacksStore } from './packsStore';

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() =>
  usePacksStore.setState({ packs: null, failure: null, importing: { kind: 'idle' }, editing: null }),
);
afterEach(() => removeFakeMain());

const clara: DemoPackSummary = {
  id: 'clara',
  name: 'Clara — appointments',
  description: 'Books appointments.',
  origin: 'built_in',
  enabled: true,
  assistants: [{ uuid: 'c', name: 'Clara', conversations: 0, turns: 0, scripted: true }],
};
const autohaus: DemoPackSummary = {
  id: 'autohaus-becker',
  name: 'Autohaus Becker',
  description: '',
  origin: 'imported',
  enabled: true,
  assistants: [{ uuid: 'l', name: 'Lena', conversations: 1, turns: 1, scripted: false }],
};
const lenaTurns: PackAssistantTurns[] = [
  {
    uuid: 'l',
    name: 'Lena',
    conversations: [
      {
        title: 'Hours',
        turns: [
          {
            user: 'When is the workshop open?',
            alternatives: [],
            reply: 'Mo–Fr 7:30–18:00',
            function_calls: [{ name: 'check_hours', arguments: {}, result: {} }],
          },
        ],
      },
    ],
  },
];

const packFile = (text: string) => new File([text], 'autohaus.json', { type: 'application/json' });

describe('Settings → Demo packs', () => {
  it('imports a pack file, asking before it replaces one of the same id', async () => {
    let listed = [clara];
    const fake = installFakeMainByChannel({
      'packs:list': () => ({ ok: true, data: listed }),
      'packs:import': (input) => {
        if (!input.replace)
          return {
            ok: false,
            error: { code: 'validation', reason: 'pack_exists', params: { name: 'Autohaus Becker' } },
          };
        listed = [clara, autohaus];
        return { ok: true, data: autohaus };
      },
      'assistants:list': () => ({
        ok: true,
        data: { assistants: [], currentPage: 1, lastPage: 1, perPage: 100, total: 0 },
      }),
    });
    render(<DemoPacksSection />);
    await screen.findByText('Clara: answers by its built-in rules');
    await userEvent.upload(screen.getByTestId('packs-import-file'), packFile('{"format":"x"}'));
    await screen.findByText(
      'A pack “Autohaus Becker” is there already. Replace it with the one in autohaus.json?',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByText('Imported “Autohaus Becker”.');
    expect(await screen.findByText('Lena: 1 recorded conversation, 1 turns')).toBeTruthy();
    expect(fake.callsTo('packs:import')).toEqual([
      { text: '{"format":"x"}', replace: false },
      { text: '{"format":"x"}', replace: true },
    ]);
    // The assistant pickers learn of the new assistant.
    await waitFor(() => expect(fake.callsTo('assistants:list').length).toBeGreaterThan(0));
  });

  it('says why a file is refused, in the words of the reason', async () => {
    installFakeMainByChannel({
      'packs:list': () => ({ ok: true, data: [clara] }),
      'packs:import': () => ({
        ok: false,
        error: { code: 'validation', reason: 'pack_newer', params: { version: 4 } },
      }),
    });
    render(<DemoPacksSection />);
    await userEvent.upload(await screen.findByTestId('packs-import-file'), packFile('{}'));
    expect((await screen.findByTestId('packs-import-error')).textContent).toBe(
      'Could not import autohaus.json: The pack is in format 4, made by a newer version of the app; update the app to import it.',
    );
  });

  it('switches a pack off, and edits a turn: another phrasing added, the reply fixed, saved as a whole', async () => {
    const fake = installFakeMainByChannel({
      'packs:list': () => ({ ok: true, data: [clara, autohaus] }),
      'packs:setEnabled': () => ({ ok: true, data: {} }),
      'packs:turns': () => ({ ok: true, data: lenaTurns }),
      'packs:saveTurns': () => ({ ok: true, data: autohaus }),
      'assistants:list': () => ({
        ok: true,
        data: { assistants: [], currentPage: 1, lastPage: 1, perPage: 100, total: 0 },
      }),
    });
    render(<DemoPacksSection />);
    const cards = await screen.findAllByTestId('demo-pack');
    const card = cards[1] as HTMLElement;
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Served by the Offline demo' }));
    expect(fake.callsTo('packs:setEnabled')).toEqual([{ id: 'autohaus-becker', enabled: false }]);

    await userEvent.click(within(card).getByRole('button', { name: 'Edit turns' }));
    const editor = await screen.findByTestId('pack-editor');
    expect(within(editor).getByText('Function calls of this reply: check_hours')).toBeTruthy();
    const save = within(editor).getByRole('button', { name: 'Save' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(within(editor).getByRole('button', { name: 'Add another way of saying it' }));
    await userEvent.type(within(editor).getByRole('textbox', { name: 'Or says' }), 'Opening hours?');
    const reply = within(editor).getByRole('textbox', { name: 'The assistant replies' });
    await userEvent.clear(reply);
    await userEvent.type(reply, 'Mo–Sa 7:30–18:00');
    expect(within(editor).getByText('Unsaved changes')).toBeTruthy();
    await userEvent.click(save);
    await within(editor).findByText('Saved; the Offline demo answers with it now.');
    expect(fake.callsTo('packs:saveTurns')).toEqual([
      {
        id: 'autohaus-becker',
        uuid: 'l',
        conversations: [
          {
            title: 'Hours',
            turns: [
              {
                user: 'When is the workshop open?',
                alternatives: ['Opening hours?'],
                reply: 'Mo–Sa 7:30–18:00',
                function_calls: [{ name: 'check_hours', arguments: {}, result: {} }],
              },
            ],
          },
        ],
      },
    ]);
    expect(within(editor).queryByText('Unsaved changes')).toBeNull();
  });
});

describe('the Offline demo profile', () => {
  it('names the packs it serves', async () => {
    installFakeMainByChannel({
      'packs:list': () => ({ ok: true, data: [clara, { ...autohaus, enabled: false }] }),
    });
    render(<ServedPacksLine />);
    expect((await screen.findByTestId('served-packs')).textContent).toBe(
      'Serves the demo packs Clara — appointments. Demo packs…',
    );
  });
});
