import { expect, type Locator, type Page } from '@playwright/test';

/** The story thread timeline and the neighbourhood graph, as a reader sees them. */
export class ThreadPageObject {
  readonly page: Page;
  readonly timeline: Locator;
  readonly graph: Locator;
  readonly sidebar: Locator;

  constructor(page: Page) {
    this.page = page;
    this.timeline = page.getByRole('list', { name: 'Articles by date' });
    this.graph = page.getByRole('region', { name: 'Neighbourhood graph' });
    this.sidebar = page.getByRole('region', { name: 'Threads' });
  }

  /** Opens the open article's thread from the reader toolbar. */
  async openFromReader(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Thread', exact: true }).click();
    await expect(this.page.getByRole('region', { name: 'Story thread' })).toBeVisible();
  }

  /** Names (or renames) the open thread. */
  async name(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /^(Name thread…|Rename…)$/u }).click();
    const field = this.page.getByRole('textbox', { name: 'Name of this thread' });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  /** Removes the open thread's name; the heading falls back to "Unnamed thread". */
  async removeName(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Remove name', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Unnamed thread' })).toBeVisible();
  }

  /** The undo toast of the thread view ("Thread name … removed · Undo"). */
  undoToast(): Locator {
    return this.page.getByRole('region', { name: 'Story thread' }).getByRole('status');
  }

  /** Opens the graph from the thread view. */
  async openGraph(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Graph', exact: true }).click();
    await expect(this.graph.getByRole('img', { name: /^Graph of/u })).toBeVisible();
  }

  /** The shape (circle or diamond) of the graph's node for a key such as "a12": what a click hits. */
  node(key: string): Locator {
    return this.graph.locator(`[data-node-key="${key}"]`).locator('circle, rect');
  }
}
