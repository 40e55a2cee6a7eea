import { describe, expect, it } from 'vitest';
import { rankCommand } from './commandRank';

describe('rankCommand', () => {
  it('ranks the named command above any scattered match', () => {
    expect(rankCommand('Add pane', 'Add pane')).toBeGreaterThan(
      rankCommand('Export session as Markdown', 'Add pane'),
    );
    expect(rankCommand('Add pane', 'add p')).toBeGreaterThan(
      rankCommand('Export session as Markdown', 'add p'),
    );
  });

  it('orders exact, prefix, word prefixes, contained text, keywords, then fuzzy letters', () => {
    const scores = [
      rankCommand('New session', 'new session'),
      rankCommand('New session', 'new'),
      rankCommand('Go to Settings', 'go set'),
      rankCommand('Export session as HTML', 'as html'.slice(1)),
      rankCommand('Export session as HTML', 'backup', ['backup']),
      rankCommand('Export session as HTML', 'esh'),
    ];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.at(-1)).toBeGreaterThan(0);
  });

  it('ignores case, spacing and accents, so German titles match as typed', () => {
    expect(rankCommand('Bereich hinzufügen', 'bereich  HINZUFUGEN')).toBe(1);
  });

  it('hides a command nothing of the text matches', () => {
    expect(rankCommand('Add pane', 'xyz')).toBe(0);
  });
});
