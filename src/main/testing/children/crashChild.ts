import { createSessionStore } from '../../sessions/sessionStore';
import { appendMessage } from '../sessionTestKit';

/**
 * Run by crashSafety.test.ts in a child process that is killed with SIGKILL at a random moment. It appends
 * numbered messages ("0", "1", …) round-robin to the sessions it finds, lets the debounce write most of them,
 * and flushes every few messages; after each flush it prints the counts that are now on disk, so the test
 * knows what must survive the kill.
 */
const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: crashChild <user data dir>');

const store = createSessionStore({ dir, debounceMs: 5, maxWaitMs: 20, indexDebounceMs: 10 });
const { sessions, problems: found } = await store.load();
// A kill between a temp file's last byte and its rename leaves newer, unacknowledged data: it is kept for
// recovery and reported, which is right; anything else found wrong is a failure of crash safety.
const problems = found.filter((problem) => problem.code !== 'interruptedSave');
if (problems.length > 0) {
  process.stdout.write(`${JSON.stringify({ problems })}\n`);
  process.exit(1);
}
const counts = new Map(sessions.map(({ id }) => [id, store.get(id).panes[0]?.transcript.length ?? 0]));
process.stdout.write('ready\n');

for (let step = 1; ; step += 1) {
  for (const [id, count] of counts) {
    appendMessage(store, id, 'pane-1', { role: 'user', content: String(count) });
    counts.set(id, count + 1);
  }
  if (step % 5 === 0) {
    await store.flush();
    process.stdout.write(`${JSON.stringify({ ack: Object.fromEntries(counts) })}\n`);
  } else {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
