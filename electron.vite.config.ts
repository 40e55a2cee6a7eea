import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin, Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './src/shared/csp';
import { channelTableOf } from './src/shared/ipc/contract';

/** The contract's names and limits, copied into the bundles so that they need not load zod (channelTable.ts). */
const define = { __CHANNEL_TABLE__: JSON.stringify(channelTableOf()) };

/** The desktop window loads index.html from disk, where no response header can carry the CSP. */
const contentSecurityPolicyMeta = (): Plugin => ({
  name: 'content-security-policy-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
    ),
});

/**
 * The playground is the first screen of a start: its lazily loaded chunk, the chunks that imports and its styles are
 * fetched with the page, in parallel, instead of one after another once the app has run (and while the browser
 * host is loading main's runtime).
 */
const preloadFirstView = (viewModule: string): Plugin => ({
  name: 'preload-first-view',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const bundle = context.bundle;
      if (!bundle) return html;
      const view = Object.values(bundle).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(viewModule),
      );
      if (!view) throw new Error(`No chunk of ${viewModule} to preload.`);
      const scripts = new Set<string>();
      const styles = new Set<string>();
      const visit = (fileName: string) => {
        const output = bundle[fileName];
        if (scripts.has(fileName) || output?.type !== 'chunk') return;
        scripts.add(fileName);
        for (const css of output.viteMetadata?.importedCss ?? []) styles.add(css);
        for (const imported of output.imports) visit(imported);
      };
      visit(view.fileName);
      const missing = (file: string) => !html.includes(`"./${file}"`);
      const tags = [
        ...[...scripts]
          .filter(missing)
          .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
        ...[...styles].filter(missing).map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
      ];
      return html.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
    },
  },
});

/**
 * The first load in a few files of similar size instead of one: Chromium parses each script on a thread of its own
 * while it arrives, and a single 466 KB entry held the page for its whole parse (~100 ms on one core, with the other
 * idle). React DOM, the other libraries and the words are their own chunks; the shell's code stays in the entry.
 */
const firstLoadChunk = (id: string): string | undefined => {
  if (/[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/.test(id)) return 'react-dom';
  if (/[\\/]node_modules[\\/](react|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/.test(id))
    return 'vendor';
  if (/[\\/]src[\\/]renderer[\\/].*(messages|errorMessages|storeProblems)(\.(en|de))?\.ts$/i.test(id))
    return 'messages';
  return undefined;
};

// zod ships comments that Rollup cannot place; the warning says nothing about our code.
const onwarn = (warning: Rollup.RollupLog, warn: Rollup.LoggingFunction) => {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
};

export default defineConfig({
  main: {
    // ws tries the optional native `bufferutil` first; bundled, that import becomes an empty module whose missing
    // functions would throw on the first large frame, so ws is told to use its own JavaScript (Node has the rest).
    define: { ...define, 'process.env.WS_NO_BUFFER_UTIL': '"1"' },
    build: {
      // Bundled rather than loaded file by file from node_modules: zod's ESM is about a hundred modules (and
      // atomically brings three small packages), and one bundle loads 2–3× faster; ws is CommonJS that Node's ESM
      // loader scans file by file for its exports — bundled, the browser host listens ~35 ms sooner.
      // keytar is an optional dependency (its native build must not fail an install), which electron-vite does not
      // externalize by itself: it is loaded at run time, or found missing and reported (src/main/secrets/keychain.ts).
      externalizeDeps: { exclude: ['zod', 'atomically', 'ws', 'yaml', 'ajv'], include: ['keytar'] },
      rollupOptions: {
        onwarn,
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host/cli.ts'),
          simulator: resolve('src/main/simulator/cli.ts'),
          cli: resolve('src/main/cli.ts'),
        },
      },
    },
  },
  preload: {
    define,
    build: {
      // A sandboxed preload cannot require node_modules: everything it uses is bundled into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        onwarn,
        input: { index: resolve('src/bridges/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // No `root` here: electron-vite already defaults it to src/renderer, and an explicit one would make
  // `electron-vite build --outDir out-x` write the renderer to src/renderer/out-x instead of out-x/renderer.
  renderer: {
    define,
    plugins: [
      react(),
      contentSecurityPolicyMeta(),
      preloadFirstView('src/renderer/features/playground/PlaygroundView.tsx'),
    ],
    build: {
      // electron-vite leaves the renderer unminified; the first load has a size budget (scripts/check-bundle.mjs).
      minify: 'esbuild',
      rollupOptions: {
        onwarn,
        input: {
          index: resolve('src/renderer/index.html'),
          // Loaded only by the browser host, which injects it before the app's own script.
          bridge: resolve('src/bridges/browserBridge.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'bridge' ? 'bridge.js' : 'assets/[name]-[hash].js'),
          manualChunks: firstLoadChunk,
        },
      },
    },
  },
});
