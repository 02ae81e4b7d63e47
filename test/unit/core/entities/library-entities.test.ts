import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import type { ArchiveEvent } from '../../../../main/shared/api.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { importAndWait, openTestLibrary, tempDir } from '../import/library-test-kit.ts';
import { value } from './entity-test-db.ts';

const source = new URL('../../../fixtures/articles/space-partnership/source.html', import.meta.url);
const promoText = 'WATCH as Russian Soyuz rocket launches';

/** Resolves on the next entities-changed event of an article. */
function suggestionsReady(library: Library, id?: ArticleId): Promise<void> {
  return new Promise((resolve) => {
    const stop = library.onEvent((event: ArchiveEvent) => {
      if (event.type === 'entities-changed' && (id === undefined || event.articleId === id)) {
        stop();
        resolve();
      }
    });
  });
}

async function importSpacePage(): Promise<{ library: Library; id: ArticleId }> {
  const file = join(await tempDir(), 'space-partnership.html');
  await copyFile(source, file);
  const library = await openTestLibrary(await tempDir());
  const ready = suggestionsReady(library);
  const batch = await importAndWait(library, { paths: [file], uploads: false });
  const id = batch.outcomes[0]?.id;
  if (id === undefined) throw new Error(`import failed: ${JSON.stringify(batch.outcomes)}`);
  await ready;
  return { library, id };
}

async function textOf(library: Library, id: ArticleId): Promise<string> {
  return value(await library.getArticle({ id })).text;
}

describe('entities in a library', () => {
  it('stores suggestions for an imported article, off the main thread, whose offsets match its text', async () => {
    const { library, id } = await importSpacePage();
    const text = await textOf(library, id);

    const { suggestions } = value(await library.getArticleEntities({ id }));

    expect(suggestions.length).toBeGreaterThan(2);
    for (const suggestion of suggestions)
      for (const m of suggestion.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('suggests again for every article on demand, announcing each article when its suggestions land', async () => {
    const { library, id } = await importSpacePage();
    const again = suggestionsReady(library, id);

    const { queued } = value(await library.suggestLibraryEntities({}));
    await again;

    expect(queued).toBe(1);
    expect(value(await library.getArticleEntities({ id })).suggestions.length).toBeGreaterThan(2);
  });

  it('re-anchors mentions when a re-clean changes the text: moved when found, unplaced when gone', async () => {
    const { library, id } = await importSpacePage();
    await library.setCleaningOptions({ id, disabledRules: [], keptBlocks: ['promo-blocks:0'] });
    const withPromo = await textOf(library, id);
    const promoAt = withPromo.indexOf(promoText);
    const tag = (start: number, words: string) =>
      library.tagMention({
        articleId: id,
        start,
        end: start + words.length,
        text: words,
        entity: { name: words, type: 'other' },
      });
    value(await tag(promoAt, promoText));
    const lastWordsAt = withPromo.trimEnd().lastIndexOf(' ') + 1;
    const lastWords = withPromo.slice(lastWordsAt, lastWordsAt + 5);
    value(await tag(lastWordsAt, lastWords));

    const resuggested = suggestionsReady(library, id);
    value(await library.setCleaningOptions({ id, disabledRules: [], keptBlocks: [] }));
    const without = await textOf(library, id);
    const { mentions } = value(await library.getArticleEntities({ id }));

    expect(without).not.toContain(promoText);
    expect(mentions.find((m) => m.text === promoText)?.unplaced).toBe(true);
    const moved = mentions.find((m) => m.text === lastWords);
    expect(moved?.unplaced).toBe(false);
    expect(moved?.start).toBeLessThan(lastWordsAt);
    expect(without.slice(moved?.start, moved?.end)).toBe(lastWords);
    await resuggested;
  });
});
