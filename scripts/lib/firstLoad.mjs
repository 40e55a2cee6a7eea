// What a page of the built renderer loads before it can run: the module scripts and modulepreloads that
// index.html names, and everything those import statically. Dynamic `import()` is left out: that code loads
// on demand. Used by scripts/check-bundle.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * zod names its error class in a string that survives minification: a script that holds it carries zod, which the
 * first load must not (building the contract's schemas only to learn the channel names cost ~90 ms of a start).
 */
const ZOD_MARKER = /["']ZodError["']/;

const attribute = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;

/** The scripts index.html starts with, in page order: module scripts and modulepreload links. */
export const htmlEntries = (html) => {
  const entries = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const src = isScript ? attribute(tag, 'src') : attribute(tag, 'href');
    if (src === null) continue;
    if (isScript && attribute(tag, 'type') === 'module')
      entries.push({ path: src, via: 'index.html <script>' });
    if (!isScript && attribute(tag, 'rel') === 'modulepreload')
      entries.push({ path: src, via: 'index.html modulepreload' });
  }
  return entries;
};

/**
 * The relative specifiers of a module's static imports and re-exports (`import x from "./a.js"`,
 * `import"./b.js"`, `export*from"./c.js"`), minified or not; `import("./d.js")` is not one of them.
 */
export const staticImports = (code) => {
  const pattern = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)]
    .map((match) => match[1])
    .filter(
      (specifier) => specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/'),
    );
};

const inRenderer = (rendererDir, fromDir, specifier) => {
  const clean = specifier.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? join(rendererDir, clean) : join(fromDir, clean);
  const inside = relative(rendererDir, normalize(path));
  if (inside.startsWith('..')) throw new Error(`"${specifier}" points outside the renderer build.`);
  return inside;
};

/**
 * Every script the first load fetches, each once, with what made it load. `extraEntries` are scripts the page
 * gets from elsewhere (the browser host injects its bridge). Throws when a referenced file is missing.
 */
export const firstLoadScripts = (rendererDir, extraEntries = []) => {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const queue = [
    ...htmlEntries(html).map((entry) => ({
      ...entry,
      path: inRenderer(rendererDir, rendererDir, entry.path),
    })),
    ...extraEntries.map((entry) => ({ ...entry, path: inRenderer(rendererDir, rendererDir, entry.path) })),
  ];
  const seen = new Map();
  while (queue.length > 0) {
    const next = queue.shift();
    if (seen.has(next.path)) continue;
    const code = readFileSync(join(rendererDir, next.path));
    const text = code.toString('utf8');
    seen.set(next.path, {
      ...next,
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
      hasZod: ZOD_MARKER.test(text),
    });
    const fromDir = dirname(join(rendererDir, next.path));
    for (const specifier of staticImports(text)) {
      queue.push({ path: inRenderer(rendererDir, fromDir, specifier), via: `import in ${next.path}` });
    }
  }
  return [...seen.values()];
};

export const totalGzipBytes = (scripts) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
