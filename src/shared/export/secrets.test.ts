import { describe, expect, it } from 'vitest';
import type { Session } from '../domain/session';
import type { ExportFormat, ThreadExportInput } from './model';
import { exportSessionDocument } from './session';
import { exportThread } from './thread';
import { EXPORTED_AT, sessionFixture, threadFixture } from '../testing/exportTestKit';

const KEY = 'fam_live_7Qx9Zk2LmP4sR8tV';
const FORMATS: ExportFormat[] = ['markdown', 'json', 'html'];

/** Objects arrive typed, but at run time could carry more: a key copied into a profile or a recorded header. */
const withSecrets = <T extends object>(value: T): T =>
  Object.assign(value, {
    apiKey: KEY,
    authorization: `Bearer ${KEY}`,
    headers: { Authorization: `Bearer ${KEY}` },
  });

const leakyThread = (): ThreadExportInput => {
  const thread = withSecrets(threadFixture());
  withSecrets(thread.detail);
  if (thread.summary) withSecrets(thread.summary);
  thread.detail.history.forEach((entry) => {
    withSecrets(entry);
    entry.functionCalls.forEach(withSecrets);
  });
  return thread;
};

const leakySession = (): Session => {
  const session = withSecrets(sessionFixture());
  session.panes.forEach((pane) => {
    withSecrets(pane);
    withSecrets(pane.assistant);
    pane.transcript.forEach(withSecrets);
  });
  return session;
};

describe('no API key in any export', () => {
  it.each(FORMATS)('a %s export of a thread copies only the thread’s own fields', (format) => {
    const text = exportThread(leakyThread(), format, EXPORTED_AT).text;
    expect(text).not.toContain(KEY);
    expect(text).not.toMatch(/bearer|authorization|apiKey/i);
  });

  it.each(['markdown', 'html'] as const)(
    'a %s export of a session copies only the session’s own fields',
    (format) => {
      const text = exportSessionDocument(leakySession(), format, EXPORTED_AT).text;
      expect(text).not.toContain(KEY);
      expect(text).not.toMatch(/bearer|authorization|apiKey/i);
    },
  );
});
