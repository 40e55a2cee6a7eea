import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own ESLint config, so a rule switched off or a file pattern that misses a folder fails here.
const eslint = new ESLint({ cwd: process.cwd() });

/** The layer problems ESLint reports for `code` as if it were the file at `filePath`. */
const layerProblems = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
};

describe('the layers, as the lint enforces them', () => {
  it('keeps src/shared free of every runtime', async () => {
    expect(
      await layerProblems('src/shared/domain/x.ts', "export { loadRuntime } from '../../main/runtime';\n"),
    ).toEqual([expect.stringContaining('src/shared is used by every runtime')]);
    expect(
      await layerProblems(
        'src/shared/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(await layerProblems('src/shared/x.ts', "export { AppFailure } from './result';\n")).toEqual([]);
  });

  it('lets the renderer reach main only through lib/api.ts', async () => {
    expect(
      await layerProblems('src/renderer/lib/x.ts', "export { buildApi } from '../../bridges/buildApi';\n"),
    ).toEqual([expect.stringContaining('only through lib/api.ts')]);
  });

  it('keeps stores from importing features', async () => {
    expect(
      await layerProblems(
        'src/renderer/stores/x.ts',
        "export { ThreadsView } from '../features/threads/ThreadsView';\n",
      ),
    ).toEqual([expect.stringContaining('a store imports no feature')]);
  });

  it("lets a feature use another only through the other's index, and its own files freely", async () => {
    expect(
      await layerProblems(
        'src/renderer/features/threads/x.ts',
        "export { useRegisterCommands } from '../palette/useRegisterCommands';\n",
      ),
    ).toEqual([expect.stringContaining("import from '…/features/palette'")]);
    expect(
      await layerProblems(
        'src/renderer/features/threads/x.ts',
        "export { useRegisterCommands } from '../palette';\n",
      ),
    ).toEqual([]);
    expect(
      await layerProblems(
        'src/renderer/features/threads/x.ts',
        "export { ThreadTable } from './ThreadTable';\n",
      ),
    ).toEqual([]);
    // A lazy view is its own chunk: it is loaded by its own module.
    expect(
      await layerProblems(
        'src/renderer/features/startup/x.ts',
        "export const load = () => import('../threads/ThreadsView');\n",
      ),
    ).toEqual([]);
  });

  it("keeps main's services out of the IPC layer, which only the composition wires in", async () => {
    expect(
      await layerProblems('src/main/sessions/x.ts', "export { createDispatcher } from '../ipc/dispatch';\n"),
    ).toEqual([expect.stringContaining("Main's services know nothing of IPC")]);
    expect(
      await layerProblems('src/main/runtime.ts', "export { createDispatcher } from './ipc/dispatch';\n"),
    ).toEqual([]);
  });

  it('lets tests and their kits put layers together', async () => {
    expect(
      await layerProblems(
        'src/renderer/stores/x.test.ts',
        "export { kit } from '../testing/settingsTestKit';\n",
      ),
    ).toEqual([]);
    expect(
      await layerProblems(
        'src/renderer/testing/x.ts',
        "export { ThreadTable } from '../features/threads/ThreadTable';\n",
      ),
    ).toEqual([]);
  });

  it('keeps test infrastructure out of the product', async () => {
    expect(
      await layerProblems(
        'src/main/famulor/x.ts',
        "export { LEAK_KEY } from '../testing/famulorClientTestKit';\n",
      ),
    ).toEqual([expect.stringContaining('the product never imports it')]);
    expect(
      await layerProblems(
        'src/renderer/lib/x.ts',
        "export { installFakeMain } from '../testing/fakeMainTestKit';\n",
      ),
    ).toEqual([expect.stringContaining('the product never imports it')]);
  });

  it('keeps test ids in the page objects: a spec names what a person does', async () => {
    const [spec] = await eslint.lintText(
      "export const find = (page: Page) => page.getByTestId('pane-cost');\n",
      {
        filePath: 'e2e/x.spec.ts',
      },
    );
    expect(spec?.messages.map((m) => m.message)).toContain(
      'Specs find controls through page objects (e2e/pages/), not by test id.',
    );
    const [pageObject] = await eslint.lintText(
      "export const find = (page: Page) => page.getByTestId('pane-cost');\n",
      {
        filePath: 'e2e/pages/X.ts',
      },
    );
    expect(pageObject?.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });
});
