import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoadScripts, htmlEntries, staticImports, totalGzipBytes } from './firstLoad.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A renderer build in a temporary folder: path → content. */
const build = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'first-load-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
};

const INDEX_HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
<link rel="stylesheet" crossorigin href="./assets/index-c3.css">
</head><body><div id="root"></div></body></html>`;

describe('htmlEntries', () => {
  it('takes module scripts and modulepreloads, not stylesheets or classic scripts', () => {
    const html = `${INDEX_HTML}<script src="./legacy.js"></script>`;
    expect(htmlEntries(html)).toEqual([
      { path: './assets/index-a1.js', via: 'index.html <script>' },
      { path: './assets/vendor-b2.js', via: 'index.html modulepreload' },
    ]);
  });
});

describe('staticImports', () => {
  it('finds minified and spaced static imports and re-exports', () => {
    const code = [
      'import{a as b,c}from"./vendor-b2.js";',
      "import d from './d.js';",
      'import"./side-effect.js";',
      'export*from"../up.js";',
      'export { e } from "./e.js";',
    ].join('');
    expect(staticImports(code)).toEqual([
      './vendor-b2.js',
      './d.js',
      './side-effect.js',
      '../up.js',
      './e.js',
    ]);
  });

  it('leaves out dynamic imports, import.meta and bare package names', () => {
    const code =
      'const v=()=>import("./View-x.js");const u=import.meta.url;import"react";obj.import("./no.js");';
    expect(staticImports(code)).toEqual([]);
  });
});

describe('firstLoadScripts', () => {
  const files = {
    'index.html': INDEX_HTML,
    'assets/index-a1.js':
      'import{r}from"./vendor-b2.js";import"./shared-d4.js";const v=()=>import("./View-e5.js");',
    'assets/vendor-b2.js': 'export const r=1;'.repeat(50),
    'assets/shared-d4.js': 'import{r}from"./vendor-b2.js";export const s=r;',
    'assets/View-e5.js': 'import{s}from"./shared-d4.js";export const View=s;'.repeat(100),
    'assets/index-c3.css': 'body{margin:0}',
    'bridge.js': 'import{x}from"./assets/zod-f6.js";',
    'assets/zod-f6.js': 'export const x=2;',
  };

  it('follows index.html and static imports once each, never a dynamic import', () => {
    const scripts = firstLoadScripts(build(files));
    expect(scripts.map(({ path, via }) => [path, via])).toEqual([
      ['assets/index-a1.js', 'index.html <script>'],
      ['assets/vendor-b2.js', 'index.html modulepreload'],
      ['assets/shared-d4.js', 'import in assets/index-a1.js'],
    ]);
  });

  it('measures gzipped bytes as gzip does and adds them up', () => {
    const scripts = firstLoadScripts(build(files));
    const vendor = scripts.find((script) => script.path === 'assets/vendor-b2.js');
    expect(vendor?.bytes).toBe(files['assets/vendor-b2.js'].length);
    expect(vendor?.gzipBytes).toBe(gzipSync(files['assets/vendor-b2.js']).length);
    expect(totalGzipBytes(scripts)).toBe(scripts.reduce((sum, script) => sum + script.gzipBytes, 0));
  });

  it('adds scripts the page gets from elsewhere, with their imports', () => {
    const scripts = firstLoadScripts(build(files), [{ path: 'bridge.js', via: 'host' }]);
    expect(scripts.map((script) => script.path)).toEqual([
      'assets/index-a1.js',
      'assets/vendor-b2.js',
      'bridge.js',
      'assets/shared-d4.js',
      'assets/zod-f6.js',
    ]);
  });

  it('says which scripts carry zod, by the name its error class has in any build', () => {
    const withZod = { ...files, 'assets/zod-f6.js': 'const a=c("ZodError",b);export const x=2;' };
    const scripts = firstLoadScripts(build(withZod), [{ path: 'bridge.js', via: 'host' }]);
    expect(scripts.filter((script) => script.hasZod).map((script) => script.path)).toEqual([
      'assets/zod-f6.js',
    ]);
  });

  it('fails loudly when an imported file is missing or outside the build', () => {
    expect(() => firstLoadScripts(build({ ...files, 'assets/vendor-b2.js': 'import"./gone.js";' }))).toThrow(
      /gone\.js/,
    );
    expect(() =>
      firstLoadScripts(build({ ...files, 'assets/vendor-b2.js': 'import"../../secret.js";' })),
    ).toThrow(/outside the renderer build/);
  });
});
