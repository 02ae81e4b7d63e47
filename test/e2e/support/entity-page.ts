import { expect, type Locator, type Page } from '@playwright/test';

/** The sidebar's entity registry and the entity page shown in place of the article. */
export class EntityPageObject {
  readonly page: Page;
  readonly browser: Locator;
  readonly view: Locator;

  constructor(page: Page) {
    this.page = page;
    this.browser = page.getByRole('region', { name: 'Entities' });
    this.view = page.locator('section.entity-page');
  }

  /** Opens an entity's page from the sidebar registry (expanding it first). */
  async openFromBrowser(name: string): Promise<void> {
    const toggle = this.browser.getByRole('button', { name: /Entities( \(\d+\))?$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.browser.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
    await expect(this.heading()).toHaveText(name);
  }

  /** The entity page's name heading. */
  heading(): Locator {
    return this.view.getByRole('heading', { level: 1 });
  }

  /** The highlighted names of the concordance lines. */
  concordanceMarks(): Locator {
    return this.view.locator('.concordance-line mark');
  }

  /** Merges the open entity into `target`, picked by typing part of its name; returns the confirmation text. */
  async mergeInto(search: string, target: string): Promise<string> {
    await this.view.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Merge entity' });
    await dialog.getByRole('searchbox', { name: 'Find the entity to merge into' }).fill(search);
    await dialog.getByRole('button', { name: target, exact: true }).click();
    const effect = await dialog.locator('.merge-effect').innerText();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(this.heading()).toHaveText(target);
    return effect;
  }
}
