import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import type { Library } from '../../../../main/core/library.ts';
import { importAndWait, openTestLibrary, tempDir } from '../import/library-test-kit.ts';
import { writeStory } from './story-pages.ts';
import { otherStory, wireStory } from './story-texts.ts';

const id = (n: number): ArticleId => n as ArticleId;

async function relations(library: Library, n: number): Promise<{ sameUrl: number[]; versions: number[] }> {
  const result = await library.getArticleRelations({ id: id(n) });
  if (!result.ok) throw new Error(result.error.message);
  return {
    sameUrl: result.value.sameUrl.map((a) => a.id),
    versions: result.value.versions.map((a) => a.id),
  };
}

describe('article relations', () => {
  it('offers a re-save under a variant of the same URL as another copy, and imports it', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const first = await writeStory(dir, 'a.html', {
      title: 'Flood barrier closes for the first time',
      body: wireStory,
      url: 'https://www.example.org/news/barrier/',
    });
    const second = await writeStory(dir, 'b.html', {
      title: 'Flood barrier closes for the first time',
      body: wireStory,
      url: 'http://example.org/news/barrier?utm_source=newsletter#top',
      furniture: '<aside><p>Sign up for our newsletter today.</p></aside>',
    });
    await importAndWait(library, { paths: [first], uploads: false });

    const batch = await importAndWait(library, { paths: [second], uploads: false });

    expect(batch.outcomes).toEqual([
      {
        file: second,
        status: 'imported',
        id: 2,
        sameUrlAs: { id: 1, title: 'Flood barrier closes for the first time' },
      },
    ]);
    expect(await relations(library, 2)).toEqual({ sameUrl: [1], versions: [1] });
    expect(await relations(library, 1)).toEqual({ sameUrl: [2], versions: [2] });
  });

  it('groups a syndicated copy with another headline and URL as a version, not as the same URL', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const original = await writeStory(dir, 'wire.html', {
      title: 'Flood barrier closes for the first time',
      body: wireStory,
      url: 'https://wire.example/stories/123',
    });
    const syndicated = await writeStory(dir, 'paper.html', {
      title: 'Storm surge held back by new gates',
      body: `${wireStory}\nReporting by the wire service.`,
      url: 'https://localpaper.example/2026/11/storm-surge',
    });
    await importAndWait(library, { paths: [original], uploads: false });

    const batch = await importAndWait(library, { paths: [syndicated], uploads: false });

    expect(batch.outcomes).toEqual([{ file: syndicated, status: 'imported', id: 2 }]);
    expect(await relations(library, 2)).toEqual({ sameUrl: [], versions: [1] });
  });

  it('keeps two different stories on the same topic in different groups', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const barrier = await writeStory(dir, 'barrier.html', { title: 'Flood barrier closes', body: wireStory });
    const walls = await writeStory(dir, 'walls.html', {
      title: 'Council raises sea walls',
      body: otherStory,
    });

    await importAndWait(library, { paths: [barrier], uploads: false });
    await importAndWait(library, { paths: [walls], uploads: false });

    expect(await relations(library, 1)).toEqual({ sameUrl: [], versions: [] });
    expect(await relations(library, 2)).toEqual({ sameUrl: [], versions: [] });
  });

  it('relates articles stored before this feature when the library is opened again', async () => {
    const dir = await tempDir();
    const libraryDir = join(dir, 'lib');
    const library = await openTestLibrary(libraryDir);
    const first = await writeStory(dir, 'a.html', {
      title: 'Flood barrier closes',
      body: wireStory,
      url: 'https://example.org/barrier',
    });
    const second = await writeStory(dir, 'b.html', {
      title: 'Barrier holds',
      body: wireStory,
      url: 'https://www.example.org/barrier/',
    });
    await importAndWait(library, { paths: [first, second], uploads: false });
    await library.close();
    const db = new DatabaseSync(join(libraryDir, 'library.sqlite'));
    db.exec('UPDATE articles SET normalized_url = NULL, fingerprint = NULL, version_group = NULL');
    db.close();

    const reopened = await openTestLibrary(libraryDir);

    expect(await relations(reopened, 1)).toEqual({ sameUrl: [2], versions: [2] });
  });

  it('answers not-found for an unknown article', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));

    const result = await library.getArticleRelations({ id: id(9) });

    expect(result.ok || result.error.code).toBe('not-found');
  });
});
