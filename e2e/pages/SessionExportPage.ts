import { expect, type Download, type Page } from '@playwright/test';

export type ExportFormat = 'markdown' | 'json' | 'html';

const PALETTE_TITLES: Record<ExportFormat, string> = {
  markdown: 'Export session as Markdown',
  json: 'Export session as JSON',
  html: 'Export session as HTML report',
};

/** The export menu's items, named by their format (and a hint after it). */
export const MENU_ITEMS: Record<ExportFormat, RegExp> = {
  markdown: /^Markdown/,
  json: /^JSON/,
  html: /^HTML report/,
};

/** Exporting the open session: the "Export session" menu in the playground toolbar, or the command palette. */
export class SessionExportPage {
  constructor(readonly page: Page) {}

  async fromMenu(format: ExportFormat): Promise<Download> {
    await this.page.getByRole('button', { name: /^Export session/ }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: MENU_ITEMS[format] }).click(),
    ]);
    await expect(this.page.getByRole('menu')).toHaveCount(0);
    return download;
  }

  async fromPalette(format: ExportFormat): Promise<Download> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command palette' }).fill(PALETTE_TITLES[format]);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      palette.getByRole('option', { name: PALETTE_TITLES[format], exact: true }).click(),
    ]);
    await expect(palette).toHaveCount(0);
    return download;
  }
}
