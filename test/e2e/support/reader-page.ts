import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { repoRoot } from './serve.ts';

/** The e2e input pages. */
export const fixturesDir = resolve(repoRoot, 'test/fixtures/e2e');

/** A file for a synthetic drop: its bytes and the path relative to what was dropped. */
interface SyntheticFile {
  readonly path: string;
  readonly base64: string;
  readonly lastModified: number;
}

/** The reader UI, seen the way a user sees it: roles, labels and text. */
export class ReaderPage {
  readonly page: Page;
  readonly searchBox: Locator;
  readonly libraryList: Locator;
  readonly resultList: Locator;
  readonly importPanel: Locator;
  readonly summary: Locator;
  readonly progressBar: Locator;

  constructor(page: Page) {
    this.page = page;
    this.searchBox = page.getByRole('searchbox', { name: 'Search articles' });
    this.libraryList = page.getByRole('listbox', { name: 'Library' });
    this.resultList = page.getByRole('listbox', { name: 'Search results' });
    this.importPanel = page.getByRole('region', { name: 'Import' });
    this.summary = page.getByRole('region', { name: 'Import summary' });
    this.progressBar = page.getByRole('progressbar', { name: 'Import progress' });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Dossier' })).toBeVisible();
  }

  /** The options of the library list. */
  libraryItems(): Locator {
    return this.libraryList.getByRole('option');
  }

  /** The options of the search results. */
  results(): Locator {
    return this.resultList.getByRole('option');
  }

  /** The clean article frame. */
  article(): FrameLocator {
    return this.page.frameLocator('iframe[title^="Article:"]');
  }

  /** The original-page frame (shown by the Original view). */
  original(): FrameLocator {
    return this.page.frameLocator('iframe[title^="Original page:"]');
  }

  /** Switches the open article between its Clean and Original views. */
  async showView(view: 'Clean' | 'Original'): Promise<void> {
    const button = this.page.getByRole('group', { name: 'View' }).getByRole('button', { name: view });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /**
   * Drops real files and folders (absolute paths) onto the window through Chromium's
   * DevTools protocol, which hands the page genuine file-system entries, so dropped
   * folders are walked with webkitGetAsEntry() exactly as in a user's drag.
   */
  async dropFiles(paths: readonly string[]): Promise<void> {
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 800 };
    const at = { x: Math.round(viewport.width * 0.6), y: Math.round(viewport.height * 0.5) };
    const data = { items: [], files: [...paths], dragOperationsMask: 1 };
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
      await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
      await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
    } finally {
      await cdp.detach();
    }
  }

  /**
   * Drops files built in the page from fixture bytes (a plain DataTransfer cannot hold a
   * folder, so each File carries its folder-relative path as webkitRelativePath).
   */
  async dropSynthetic(relativePaths: readonly string[]): Promise<void> {
    const files: SyntheticFile[] = [];
    for (const path of relativePaths) {
      const bytes = await readFile(resolve(fixturesDir, path));
      files.push({ path, base64: bytes.toString('base64'), lastModified: Date.UTC(2024, 0, 1) });
    }
    const transfer = await this.page.evaluateHandle((list: SyntheticFile[]) => {
      const dt = new DataTransfer();
      for (const { path, base64, lastModified } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const file = new File([bytes], path.split('/').at(-1) ?? path, { type: 'text/html', lastModified });
        if (path.includes('/')) Object.defineProperty(file, 'webkitRelativePath', { value: path });
        dt.items.add(file);
      }
      return dt;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('body', type, { dataTransfer: transfer });
    }
    await transfer.dispose();
  }

  /**
   * Holds the next upload request until `release()` (it resolves once the request is
   * held), so a test can look at a running import without racing it.
   */
  async holdUploads(): Promise<{ readonly release: () => void; readonly arrived: Promise<void> }> {
    let release = (): void => undefined;
    const gate = new Promise<void>((open) => {
      release = open;
    });
    let held = (): void => undefined;
    const arrived = new Promise<void>((signal) => {
      held = signal;
    });
    await this.page.route(
      '**/api/uploadFiles',
      async (route) => {
        held();
        await gate;
        await route.continue();
      },
      { times: 1 },
    );
    return {
      release: () => {
        release();
      },
      arrived,
    };
  }

  /** Types a query one key at a time, as a user does. */
  async search(query: string): Promise<void> {
    await this.searchBox.click();
    await this.searchBox.pressSequentially(query);
  }

  /** The results header: "1,284 articles" once a query is answered. */
  resultCount(): Locator {
    return this.page.getByRole('complementary', { name: 'Library' }).locator('.list-tools').first();
  }

  /** The number the results header shows, once it shows one. */
  async resultTotal(): Promise<number> {
    await expect(this.resultCount()).toHaveText(/^[\d,.\s]+ articles?$/);
    return Number((await this.resultCount().innerText()).replace(/\D/g, ''));
  }

  /** The "3 of 17" match indicator of the open article. */
  matchIndicator(): Locator {
    return this.page.getByRole('group', { name: 'Matches in this article' });
  }

  /** The start-up check's quiet line ("Library checked 14:02: no problems"). */
  libraryHealthLine(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Library checked' });
  }

  /** The banner the start-up check shows when it finds damage. */
  libraryDamageBanner(): Locator {
    return this.page.getByRole('alert', { name: 'Library damage' });
  }

  /** The sidebar's saved searches. */
  savedSearches(): Locator {
    return this.page.getByRole('region', { name: 'Saved searches' });
  }

  /** Opens the search result (or library item) whose title is `title`. */
  async openResult(title: string): Promise<void> {
    const list = (await this.resultList.isVisible()) ? this.resultList : this.libraryList;
    await list.getByRole('option').filter({ hasText: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /** The panel listing what cleaning removed from the open article (open it with Show). */
  cleaningPanel(): Locator {
    return this.page.getByRole('region', { name: 'Removed from this page' });
  }

  /** Opens the "About this copy" panel of the open article and returns it. */
  async openAboutThisCopy(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'About this copy' }).click();
    const panel = this.page.getByRole('region', { name: 'About this copy' });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Opens the open article's Entities panel and returns it. */
  async openEntities(): Promise<Locator> {
    await this.page.getByRole('main').getByRole('button', { name: 'Entities', exact: true }).click();
    const panel = this.page.getByRole('region', { name: 'Entities in this article' });
    await expect(panel).toBeVisible();
    return panel;
  }

  /**
   * Opens the Entities panel and waits until the background suggester has filled it, so a test's
   * selection is not made while the reader is still updating.
   */
  async waitForSuggestions(): Promise<Locator> {
    const panel = await this.openEntities();
    await expect(panel.getByText('Suggested').first()).toBeVisible({ timeout: 30_000 });
    return panel;
  }

  /** The entity highlights of the clean article whose text is `text`. */
  entityMarks(text: string): Locator {
    return this.article().locator('span.dossier-entity', { hasText: text });
  }

  /** The entity highlights whose whole text is exactly `text` ("Red Cross", not a longer name holding it). */
  exactEntityMarks(text: string): Locator {
    return this.article().locator('span.dossier-entity').getByText(text, { exact: true });
  }

  /** Accepts every suggestion of the open article and waits for its highlights. */
  async acceptAllSuggestions(): Promise<Locator> {
    const panel = await this.waitForSuggestions();
    await panel.getByRole('button', { name: 'Accept all' }).click();
    await expect(panel.getByText('Suggested')).toHaveCount(0);
    await expect(this.article().locator('span.dossier-entity').first()).toBeVisible();
    return panel;
  }

  /** The dialog of corrections for a clicked mention of `name`. */
  mentionDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: `Mention of ${name}` });
  }

  /** Selects the first occurrence of `words` inside one text node of the article, as a mouse drag would. */
  async selectInArticle(words: string): Promise<void> {
    const frame = this.page.frames().find((candidate) => candidate !== this.page.mainFrame());
    if (frame === undefined) throw new Error('No article frame');
    const find = ([wanted, select]: readonly [string, boolean]): void => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode() !== null) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(wanted);
        if (at === -1) continue;
        if (!select) {
          node.parentElement?.scrollIntoView({ block: 'center' });
          return;
        }
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`Not in the article: ${wanted}`);
    };
    // A reader selects what is on screen: scroll the words into view, let the scroll events pass
    // (two frames of the app's window; the article frame runs no script), then select them.
    await frame.evaluate(find, [words, false] as const);
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await frame.evaluate(find, [words, true] as const);
  }

  /** Opens the open article's Links panel and returns it. */
  async openLinks(): Promise<Locator> {
    await this.page
      .getByRole('main')
      .getByRole('button', { name: /^Links( \d+)?$/ })
      .click();
    const panel = this.page.getByRole('region', { name: 'Links of this article' });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** The "Link to…" dialog. */
  linkDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Link to another article' });
  }

  /** In the open "Link to…" dialog: picks the article titled `title` by typing `query`, then sets type and note. */
  async fillLinkDialog(query: string, title: string, type: string, note: string): Promise<Locator> {
    const dialog = this.linkDialog();
    await dialog.getByRole('searchbox', { name: 'Article' }).pressSequentially(query);
    await dialog
      .getByRole('list', { name: 'Matching articles' })
      .getByRole('button', { name: title })
      .click();
    await dialog.getByRole('combobox', { name: 'Type' }).selectOption(type);
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    return dialog;
  }

  /** Waits for the batch to finish and returns the summary region. */
  async waitForSummary(): Promise<Locator> {
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
    return this.summary;
  }
}

/** Absolute paths of fixture files and folders. */
export function fixture(...names: string[]): string[] {
  return names.map((name) => resolve(fixturesDir, name));
}
