// The app's layers as an ESLint rule (`layers/imports`): which folder may import which. Imports are resolved to
// the file they name, so `../../main/x` and `../x` are judged by where they land, not by how they are spelled.
import { dirname, relative, resolve } from 'node:path';

const ROOT = process.cwd();

/** Test infrastructure: each runtime's `testing/` folder (kits, contract suites, child processes, fixtures). */
const TESTING = /^src\/(main|renderer|shared)\/testing\//;

/** Tests and their kits put layers together on purpose (a fake main for a store, a feature's panes for another). */
const isTestFile = (file) => /\.test\.tsx?$/.test(file) || TESTING.test(file);

/** Where main's parts are put together: they may wire the IPC layer to the services. */
const MAIN_COMPOSITION = /^src\/main\/(index\.ts|runtime\.ts|services\.ts|ipc\/|host\/)/;

const featureOf = (file) => /^src\/renderer\/features\/([^/]+)\//.exec(file)?.[1] ?? null;

/**
 * Why an import from `from` of `to` (both relative to the project, `to` without extension) breaks a layer, or null.
 * `dynamic` is an `import()`: a lazy view is loaded by its own module, so that it stays a chunk of its own.
 */
export const layerViolation = (from, to, { dynamic = false } = {}) => {
  if (isTestFile(from)) return null;
  if (TESTING.test(to))
    return "Test infrastructure (a runtime's testing/ folder) is for tests: the product never imports it.";
  if (from.startsWith('src/shared/')) {
    if (/^(node:|electron$|src\/(main|bridges|renderer)\/)/.test(to))
      return 'src/shared is used by every runtime: it imports no runtime (main, the bridges, renderer, Node, Electron).';
  }
  if (from.startsWith('src/renderer/')) {
    if (/^(node:|electron$|src\/(main|bridges)\/)/.test(to))
      return 'The renderer reaches main only through lib/api.ts: it imports neither main, the bridges, Node nor Electron.';
  }
  if (from.startsWith('src/renderer/stores/') && to.startsWith('src/renderer/features/'))
    return 'Stores hold state that features read: a store imports no feature.';
  const fromFeature = featureOf(from);
  const toFeature = featureOf(to);
  if (
    fromFeature &&
    toFeature &&
    fromFeature !== toFeature &&
    !dynamic &&
    to !== `src/renderer/features/${toFeature}/index`
  )
    return `A feature uses another only through its index: import from '…/features/${toFeature}', not its files.`;
  if (from.startsWith('src/main/') && !MAIN_COMPOSITION.test(from) && to.startsWith('src/main/ipc/'))
    return "Main's services know nothing of IPC: only the composition (index, runtime, services, host) and ipc/ import it.";
  return null;
};

/** The project-relative module an import names, without its extension (`index` for a folder). */
const targetOf = (file, source) => {
  if (!source.startsWith('.')) return source;
  const target = relative(ROOT, resolve(dirname(file), source)).replace(/\.(tsx?|mjs|js)$/, '');
  return /\/features\/[^/]+$/.test(target) ? `${target}/index` : target;
};

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps each layer's imports to what the architecture allows." },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename);
    const check = (node, dynamic) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      const message = layerViolation(file, targetOf(context.filename, source), { dynamic });
      if (message) context.report({ node: node.source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, false),
      ExportNamedDeclaration: (node) => check(node, false),
      ExportAllDeclaration: (node) => check(node, false),
      ImportExpression: (node) => check(node, true),
    };
  },
};

export default { rules: { imports: importsRule } };
