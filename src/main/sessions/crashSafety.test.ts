import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, childEnv } from '../testing/children/bundleForNode';
import { closeStores, makePane, makeTempDir, newStore, openStore } from '../testing/sessionTestKit';

const KILLS = 50;
const SESSION_IDS = ['alpha', 'beta', 'gamma'];

let child: { file: string; remove: () => void };
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  child = await bundleForNode(join(import.meta.dirname, '../testing/children/crashChild.ts'), 'crash-child');
  ({ dir, cleanup } = makeTempDir());
});
afterAll(async () => {
  await closeStores();
  child.remove();
  cleanup();
});

interface RunOutcome {
  acked: Record<string, number>;
  output: string[];
}

/**
 * Starts the child, waits for its first acknowledged save, then kills it with SIGKILL after a random delay: every
 * run kills a loop of saves under way, however slow a busy machine makes the child (a delay counted from "ready"
 * could kill it before it saved anything, and the run would test nothing).
 */
const runAndKill = (maxDelayMs: number): Promise<RunOutcome> =>
  new Promise((resolve, reject) => {
    const process = spawn(globalThis.process.execPath, [child.file, dir], {
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const outcome: RunOutcome = { acked: {}, output: [] };
    let stderr = '';
    process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: process.stdout }).on('line', (line) => {
      outcome.output.push(line);
      if (!line.startsWith('{"ack"')) return;
      if (outcome.output.filter((each) => each.startsWith('{"ack"')).length === 1)
        setTimeout(() => process.kill('SIGKILL'), Math.random() * maxDelayMs);
      outcome.acked = (JSON.parse(line) as { ack: Record<string, number> }).ack;
    });
    process.on('error', reject);
    process.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(outcome);
      else
        reject(new Error(`The child ended by itself (code ${code}): ${outcome.output.join('\n')} ${stderr}`));
    });
  });

const filesIn = (folder: string) => readdirSync(folder).map((entry) => join(folder, entry));
const isTemp = (path: string) => /\.tmp-/.test(path);
// Newer data a complete but never renamed temp file held: kept for recovery, never what a load returns.
const isUnsaved = (path: string) => /\.unsaved-/.test(path);

/** Every complete file must parse; returns the message contents per session as they are on disk. */
const readEverything = (): Map<string, string[]> => {
  const transcripts = new Map<string, string[]>();
  for (const path of [...filesIn(dir), ...filesIn(join(dir, 'sessions'))]) {
    if (isTemp(path) || isUnsaved(path) || !path.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      id?: string;
      panes?: { transcript: { content: string }[] }[];
    };
    if (data.id && data.panes)
      transcripts.set(data.id, data.panes[0]?.transcript.map((entry) => entry.content) ?? []);
  }
  return transcripts;
};

describe('crash safety', () => {
  // 50 child processes take about 15 s on an idle 2-core machine; the limit leaves room for a busy one.
  it(`survives ${KILLS} kill -9s in the middle of a loop of saves`, { timeout: 240_000 }, async () => {
    const seedStore = await openStore(dir);
    for (const id of SESSION_IDS) {
      const at = new Date().toISOString();
      seedStore.restore({
        id,
        name: id,
        createdAt: at,
        updatedAt: at,
        notes: '',
        revision: 0,
        variableSets: [],
        replayScripts: [],
        lastComparison: null,
        panes: [makePane()],
      });
    }
    await seedStore.close();

    const mustHave = new Map(SESSION_IDS.map((id) => [id, 0]));
    let tempFilesSeen = 0;
    let acknowledgedFlushes = 0;
    for (let run = 0; run < KILLS; run += 1) {
      const { acked, output } = await runAndKill(150);
      expect(output[0], `run ${run}: the child could not load what the previous one left`).toBe('ready');
      for (const [id, count] of Object.entries(acked)) mustHave.set(id, count);
      acknowledgedFlushes += output.filter((line) => line.startsWith('{"ack"')).length;

      tempFilesSeen += [...filesIn(dir), ...filesIn(join(dir, 'sessions'))].filter(isTemp).length;
      const transcripts = readEverything();
      for (const id of SESSION_IDS) {
        const contents = transcripts.get(id) ?? [];
        // The messages on disk are exactly 0, 1, 2, … with nothing missing in between…
        expect(contents, `run ${run}, session ${id}`).toEqual(contents.map((_, index) => String(index)));
        // …and nothing acknowledged is missing: at most the changes after the last flush are lost.
        expect(contents.length, `run ${run}, session ${id}`).toBeGreaterThanOrEqual(mustHave.get(id) ?? 0);
        mustHave.set(id, contents.length);
      }
    }

    const store = newStore(dir);
    const { sessions, problems } = await store.load();
    // A kill between a temp file's last byte and its rename leaves newer data, offered for recovery.
    expect(problems.filter((problem) => problem.code !== 'interruptedSave')).toEqual([]);
    expect(sessions.map((summary) => [summary.id, summary.messageCount]).sort()).toEqual(
      SESSION_IDS.map((id) => [id, mustHave.get(id)]).sort(),
    );
    const kept = filesIn(join(dir, 'sessions')).filter(isUnsaved).length;
    const leftovers = [...filesIn(dir), ...filesIn(join(dir, 'sessions'))].filter(
      (path) => isTemp(path) || path.includes('.corrupt-'),
    );
    expect(leftovers).toEqual([]);
    // Every run was killed after at least one acknowledged save (not a speed: a busy machine saves less often).
    expect(acknowledgedFlushes).toBeGreaterThanOrEqual(KILLS);
    console.info(
      `crash safety: ${KILLS} kills, ${acknowledgedFlushes} acknowledged flushes, ${tempFilesSeen} interrupted temp files settled, ${kept} complete ones kept for recovery`,
    );
  });
});
