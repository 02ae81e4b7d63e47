import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/core/store/database.ts';
import {
  deleteSavedSearchRow,
  getSavedSearchRow,
  insertSavedSearch,
  listSavedSearchRows,
  renameSavedSearchRow,
  savedSearchNameTaken,
} from '../../../../main/core/store/saved-search-repository.ts';
import { tempDir } from '../import/library-test-kit.ts';

async function freshDb(): Promise<Parameters<typeof listSavedSearchRows>[0]> {
  const opened = openDatabase(join(await tempDir(), 'library.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.db;
}

const createdAt = '2026-01-02T03:04:05.000Z';

describe('the saved-search repository', () => {
  it('lists saved searches by name regardless of case, with what was stored', async () => {
    const db = await freshDb();
    insertSavedSearch(db, { name: 'zebra', query: 'stripes', sort: null, createdAt });
    insertSavedSearch(db, { name: 'Apples', query: 'title:apple', sort: 'date', createdAt });

    expect(listSavedSearchRows(db)).toEqual([
      { id: 2, name: 'Apples', query: 'title:apple', sort: 'date', createdAt },
      { id: 1, name: 'zebra', query: 'stripes', sort: null, createdAt },
    ]);
    db.close();
  });

  it('refuses a second search with the same name at the database level', async () => {
    const db = await freshDb();
    insertSavedSearch(db, { name: 'Moraines', query: 'moraine', sort: null, createdAt });

    expect(savedSearchNameTaken(db, 'Moraines')).toBe(true);
    expect(savedSearchNameTaken(db, 'Moraines', 1)).toBe(false);
    expect(() => insertSavedSearch(db, { name: 'Moraines', query: 'x', sort: null, createdAt })).toThrow();
    db.close();
  });

  it('renames and deletes by id, reporting whether the id existed', async () => {
    const db = await freshDb();
    const saved = insertSavedSearch(db, { name: 'Old', query: 'q', sort: null, createdAt });

    expect(renameSavedSearchRow(db, saved.id, 'New')).toBe(true);
    expect(getSavedSearchRow(db, saved.id)?.name).toBe('New');
    expect(renameSavedSearchRow(db, 99, 'Other')).toBe(false);
    expect(deleteSavedSearchRow(db, saved.id)).toBe(true);
    expect(deleteSavedSearchRow(db, saved.id)).toBe(false);
    expect(getSavedSearchRow(db, saved.id)).toBeNull();
    db.close();
  });
});
