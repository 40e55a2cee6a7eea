import { describe, expect, it } from 'vitest';
import type { QueryCommand } from './commandRegistry';
import { queryOffer } from './queryOffer';

const rename: QueryCommand = {
  id: 'session.rename',
  group: 'session',
  titleKey: 'palette.commands.renameSession',
  prefixes: ['rename', 'umbenennen'],
  run: () => undefined,
};
const openThread: QueryCommand = {
  id: 'thread.open',
  group: 'navigation',
  titleKey: 'palette.commands.openThread',
  parse: (text) => (/^[0-9a-f-]{36}$/.test(text) ? text : null),
  run: () => undefined,
};

describe('what a command that takes text is offered', () => {
  it('takes the text after its word, in any case and either language, even when commands match', () => {
    expect(queryOffer(rename, 'rename Demo Berlin', true)).toEqual({ argument: 'Demo Berlin', named: true });
    expect(queryOffer(rename, 'Umbenennen: Kundentermin', true)).toEqual({
      argument: 'Kundentermin',
      named: true,
    });
    expect(queryOffer(rename, 'rename ', false)).toBeNull();
  });

  it('is offered other text only when no command matches it', () => {
    expect(queryOffer(rename, 'Add pane', true)).toBeNull();
    expect(queryOffer(rename, 'Termin Dienstag', false)).toEqual({
      argument: 'Termin Dienstag',
      named: false,
    });
    expect(queryOffer(rename, 'renamed', true)).toBeNull();
  });

  it('leaves commands without words to their own parsing', () => {
    const id = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';
    expect(queryOffer(openThread, id, true)).toEqual({ argument: id, named: false });
    expect(queryOffer(openThread, 'Add pane', false)).toBeNull();
  });
});
