import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/shared/dispatch.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';

const now = () => new Date('2026-03-04T05:06:07.000Z');

async function emptyLibrary() {
  return openTestLibrary(join(await tempDir(), 'lib'), { now });
}

describe('saved searches', () => {
  it('saves a named query and lists it with a count that follows the library', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'), { now });
    const saved = await library.saveSearch({ name: 'Glaciers', query: 'glacier', sort: null });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Glaciers', query: 'glacier', count: 0 } });

    const path = await writeTestFile(
      join(dir, 'in', 'a.html'),
      articleHtml({ title: 'Ice', body: 'The glacier retreated up the valley.' }),
    );
    await importAndWait(library, { paths: [path], uploads: false });

    const listed = await library.listSavedSearches({});
    expect(listed).toEqual({
      ok: true,
      value: {
        searches: [
          { id: 1, name: 'Glaciers', query: 'glacier', sort: null, createdAt: now().toISOString(), count: 1 },
        ],
      },
    });
  });

  it('refuses a name already in use, on save and on rename, with name-taken', async () => {
    const library = await emptyLibrary();
    await library.saveSearch({ name: 'One', query: 'a' });
    const two = await library.saveSearch({ name: 'Two', query: 'b' });
    if (!two.ok) throw new Error(two.error.message);

    expect(await library.saveSearch({ name: 'One', query: 'c' })).toMatchObject({
      ok: false,
      error: { code: 'name-taken' },
    });
    expect(await library.renameSavedSearch({ id: two.value.id, name: 'One' })).toMatchObject({
      ok: false,
      error: { code: 'name-taken' },
    });
    expect(await library.renameSavedSearch({ id: two.value.id, name: 'Second' })).toMatchObject({
      ok: true,
      value: { name: 'Second', query: 'b' },
    });
  });

  it('deletes a saved search and answers with it, so the UI can undo by saving it again', async () => {
    const library = await emptyLibrary();
    const saved = await library.saveSearch({ name: 'Gone', query: 'gone' });
    if (!saved.ok) throw new Error(saved.error.message);

    expect(await library.deleteSavedSearch({ id: saved.value.id })).toMatchObject({
      ok: true,
      value: { deleted: { name: 'Gone', query: 'gone' } },
    });
    expect(await library.deleteSavedSearch({ id: saved.value.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await library.listSavedSearches({})).toEqual({ ok: true, value: { searches: [] } });
  });

  it('rejects blank, over-long and multi-line names before the core sees them', async () => {
    const library = await emptyLibrary();
    for (const name of ['   ', 'x'.repeat(81), 'two\nlines']) {
      const result = await dispatch(library, 'saveSearch', { name, query: 'q' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    const trimmed = await dispatch(library, 'saveSearch', { name: '  Padded  ', query: ' q ' });
    expect(trimmed).toMatchObject({ ok: true, value: { name: 'Padded', query: 'q' } });
  });
});
