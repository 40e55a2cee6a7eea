import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Demo packs: the packs the Offline demo serves, their import and their editor. */
export class DemoPacksPage {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Demo packs' });
  }

  pack(name: string): Locator {
    return this.region().getByRole('article', { name });
  }

  async setServed(name: string, on: boolean) {
    const box = this.pack(name).getByRole('checkbox', { name: 'Served by the Offline demo' });
    await box.setChecked(on);
    await expect(box).toBeChecked({ checked: on });
  }

  async importPack(path: string) {
    await this.page.getByTestId('packs-import-file').setInputFiles(path);
  }

  importResult(): Locator {
    return this.page.getByTestId('packs-import-result');
  }

  async expectListed(name: string) {
    await expect(this.pack(name)).toBeVisible();
  }
}
