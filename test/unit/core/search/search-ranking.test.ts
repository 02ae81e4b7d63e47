import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';

async function libraryWith(
  pages: readonly { title: string; body: string; byline?: string }[],
): Promise<Library> {
  const dir = await tempDir();
  const library = await openTestLibrary(join(dir, 'lib'));
  // One batch per page, so ids follow the order given (tests rely on which article is older).
  for (const [i, page] of pages.entries()) {
    const path = await writeTestFile(join(dir, 'in', `page-${i}.html`), articleHtml(page));
    const batch = await importAndWait(library, { paths: [path], uploads: false });
    expect(batch.imported).toBe(1);
  }
  return library;
}

async function titlesFor(library: Library, query: string): Promise<string[]> {
  const result = await library.search({ query, limit: 20 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((hit) => hit.article.title);
}

describe('searching the library', () => {
  it('ranks an article with the word in its title above one with it only in the body', async () => {
    // The title match is the older article: ties would go to the newer one, so only weights can order these.
    const library = await libraryWith([
      { title: 'The lighthouse keeper', body: 'Stories about a remote island.' },
      { title: 'Notes from the harbour', body: 'A long walk past the lighthouse at dusk.' },
    ]);

    expect(await titlesFor(library, 'lighthouse ')).toEqual([
      'The lighthouse keeper',
      'Notes from the harbour',
    ]);
  });

  it('ranks an article by the author searched for above one that only names them in the body', async () => {
    // The byline match is the older article: ties would go to the newer one, so only weights can order these.
    const library = await libraryWith([
      { title: 'Letters from the coast', body: 'Notes on the tides.', byline: 'Ostrom' },
      { title: 'A reading list', body: 'Start with Ostrom on the commons.' },
    ]);

    expect(await titlesFor(library, 'ostrom ')).toEqual(['Letters from the coast', 'A reading list']);
  });

  it('matches the last word as a prefix while the user is typing', async () => {
    const library = await libraryWith([
      { title: 'Glaciers are melting', body: 'Ice sheets shrink.' },
      { title: 'Desert rain', body: 'Dry places.' },
    ]);

    expect(await titlesFor(library, 'glac')).toEqual(['Glaciers are melting']);
    // A finished word (followed by a space) must match whole.
    expect(await titlesFor(library, 'glac ')).toEqual([]);
  });

  it('requires every word of the query, wherever each one matches', async () => {
    const library = await libraryWith([
      { title: 'Volcanoes of Iceland', body: 'Lava and ash.', byline: 'Ada Lovelace' },
      { title: 'Volcanoes of Japan', body: 'Fuji and friends.', byline: 'Grace Hopper' },
    ]);

    expect(await titlesFor(library, 'volcanoes lovelace')).toEqual(['Volcanoes of Iceland']);
  });

  it('answers an empty query with no hits', async () => {
    const library = await libraryWith([{ title: 'Anything', body: 'At all.' }]);

    const result = await library.search({ query: '   ', limit: 10 });

    expect(result).toEqual({
      ok: true,
      value: { query: '   ', hits: [], total: 0, totalIsEstimate: false, problems: [] },
    });
  });

  it('returns a snippet around the first match with highlight offsets on the matching words', async () => {
    const library = await libraryWith([
      { title: 'Weather', body: 'Yesterday the barometer fell sharply before noon.' },
    ]);

    const result = await library.search({ query: 'barom', limit: 10 });

    if (!result.ok) throw new Error(result.error.message);
    const snippet = result.value.hits[0]?.snippets[0];
    expect(snippet?.text).toContain('barometer fell');
    expect(snippet?.highlights.length).toBeGreaterThan(0);
    for (const [start, end] of snippet?.highlights ?? []) {
      expect(snippet?.text.slice(start, end).toLowerCase()).toBe('barometer');
    }
  });

  it('shows a phrase hit the phrase itself, even far past the words scattered at its start', async () => {
    // The words alone come early and often; the phrase only past the first 30,000 characters.
    const scattered = 'The heron waited while a nest of reeds drifted by. '.repeat(600);
    const library = await libraryWith([
      { title: 'Marsh diary', body: `${scattered}At last a heron nest on the old pier.` },
    ]);

    const result = await library.search({ query: '"heron nest"', limit: 10 });

    if (!result.ok) throw new Error(result.error.message);
    const [first] = result.value.hits[0]?.snippets ?? [];
    expect(first?.text.startsWith('…')).toBe(true);
    expect(first?.text).toContain('heron nest on the old pier.');
  });

  it('shows words typed apart where they stand side by side, past the same words scattered', async () => {
    const scattered = 'The heron waited while a nest of reeds drifted by. '.repeat(600);
    const library = await libraryWith([
      { title: 'Marsh diary', body: `${scattered}At last a heron nest on the old pier.` },
    ]);

    const result = await library.search({ query: 'heron nest ', limit: 10 });

    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.hits[0]?.snippets[0]?.text).toContain('heron nest on the old pier.');
  });
});
