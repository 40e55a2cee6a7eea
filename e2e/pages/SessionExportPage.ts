import { expect, type Download, type Page } from '@playwright/test';

export type ExportFormat = 'markdown' | 'json' | 'html';

const PALETTE_TITLES: Record<ExportFormat, string> = {
  markdown: 'Export session as Markdown',
  json: 'Export session as JSON',
  html: 'Export session as HTML report',
};

/** Exporting the open session: the "Export session" menu in the playground toolbar, or the command palette. */
export class SessionExportPage {
  constructor(readonly page: Page) {}

  async fromMenu(format: ExportFormat): Promise<Download> {
    await this.page.getByTestId('session-export').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click(),
    ]);
    await expect(this.page.getByRole('menu')).toHaveCount(0);
    return download;
  }

  async fromPalette(format: ExportFormat): Promise<Download> {
    await this.page.keyboard.press('Control+k');
    await this.page.getByTestId('command-palette-input').fill(PALETTE_TITLES[format]);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`command-session.export.${format}`).click(),
    ]);
    await expect(this.page.getByTestId('command-palette')).toHaveCount(0);
    return download;
  }
}
