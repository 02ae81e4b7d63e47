import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLibraryDir, openLibrary, resolveLibraryDir } from '../../../main/core/library.ts';
import { latestSchemaVersion } from '../../../main/core/store/migrations.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from './import/library-test-kit.ts';

describe('choosing the library folder', () => {
  it('prefers the --library flag, then DOSSIER_LIBRARY, then the platform default', () => {
    const env = { DOSSIER_LIBRARY: '/from/env', XDG_DATA_HOME: '/xdg' };

    expect(resolveLibraryDir('/from/flag', env)).toBe('/from/flag');
    expect(resolveLibraryDir(undefined, env)).toBe('/from/env');
    expect(resolveLibraryDir(undefined, { XDG_DATA_HOME: '/xdg' })).toBe(
      defaultLibraryDir({ XDG_DATA_HOME: '/xdg' }),
    );
  });

  it('uses each platform’s per-user data folder', () => {
    expect(defaultLibraryDir({ XDG_DATA_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', 'Dossier'));
    expect(defaultLibraryDir({}, 'linux')).toBe(join(homedir(), '.local', 'share', 'Dossier'));
    expect(defaultLibraryDir({}, 'darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'Dossier'),
    );
    expect(defaultLibraryDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'Dossier'),
    );
  });
});

describe('an open library', () => {
  it('creates its folder when missing and reports its facts', async () => {
    const dir = join(await tempDir(), 'deep', 'new', 'lib');

    const library = await openTestLibrary(dir);

    expect((await stat(dir)).isDirectory()).toBe(true);
    expect(await library.getLibraryInfo({})).toEqual({
      ok: true,
      value: { path: dir, articleCount: 0, schemaVersion: latestSchemaVersion, outdatedCount: 0 },
    });
  });

  it('refuses to be opened twice at the same time with library-locked', async () => {
    const dir = await tempDir();
    await openTestLibrary(dir);

    const second = await openLibrary({ dir });

    expect(second.ok ? null : second.error.code).toBe('library-locked');
  });

  it('lists articles by added date in both orders with the total', async () => {
    const dir = await tempDir();
    let tick = 0;
    const library = await openTestLibrary(join(dir, 'lib'), {
      now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)),
    });
    for (const title of ['First', 'Second', 'Third']) {
      const file = await writeTestFile(join(dir, `${title}.html`), articleHtml({ title, body: title }));
      await importAndWait(library, { paths: [file], uploads: false });
    }

    const newest = await library.listArticles({ sort: 'added', order: 'desc', offset: 0, limit: 2 });
    const oldest = await library.listArticles({ sort: 'added', order: 'asc', offset: 1, limit: 5 });

    expect(newest.ok && newest.value.items.map((a) => a.title)).toEqual(['Third', 'Second']);
    expect(newest.ok && newest.value.total).toBe(3);
    expect(oldest.ok && oldest.value.items.map((a) => a.title)).toEqual(['Second', 'Third']);
  });

  it('returns the decoded original of an article and not-found for an unknown id', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const html = articleHtml({ title: 'Original', body: 'Crème brûlée.' });
    const file = await writeTestFile(join(dir, 'o.html'), html);
    await importAndWait(library, { paths: [file], uploads: false });

    expect(await library.getOriginal({ id: 1 as never })).toEqual({ ok: true, value: { id: 1, html } });
    const missing = await library.getArticle({ id: 99 as never });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
  });
});
