// The minimal React 19 page that the start-up benchmark starts beside the app: a sidebar whose button switches
// the view, rendered by the same React the app ships, bundled and minified as a production build would be. It tells
// its server the moment it is interactive (mounted, its button handler attached), as the app's shell does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = `
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
const App = () => {
  const [view, setView] = useState('playground');
  useEffect(() => {
    void fetch('/interactive', { method: 'POST', body: JSON.stringify({ epochMs: performance.timeOrigin + performance.now() }) });
  }, []);
  return (
    <div>
      <nav aria-label="Bare React">
        <button data-testid="nav-threads" onClick={() => setView('threads')}>Threads</button>
      </nav>
      <main data-testid={'view-' + view}>{view}</main>
    </div>
  );
};
createRoot(document.getElementById('root')).render(<App />);
`;

/** Bundles the page once (before any start is timed) into a temporary folder; `dispose` removes it. */
export const buildBareReactPage = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bare-react-'));
  const file = join(dir, 'app.js');
  const result = await build({
    stdin: { contents: ENTRY, loader: 'jsx', resolveDir: fileURLToPath(new URL('../..', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
  });
  writeFileSync(file, result.outputFiles[0].contents);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
};

/** Starts the bare server for one start; `interactive()` waits for the page's mark. */
export const startBareReactServer = async (bundleFile) => {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('bareReactServer.mjs', import.meta.url)), bundleFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await Promise.race([lines.next(), exited.then(() => ({ done: true }))]);
    if (line.done) throw new Error('The bare React server exited before it answered.');
    return JSON.parse(line.value);
  };
  const { url } = await next();
  return {
    url,
    interactive: async () => (await next()).interactive,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};
