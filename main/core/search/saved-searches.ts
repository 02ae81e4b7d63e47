import type { DatabaseSync } from 'node:sqlite';
import type { ApiRequest } from '../../shared/schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { SavedSearch } from '../../shared/types.ts';
import {
  deleteSavedSearchRow,
  getSavedSearchRow,
  insertSavedSearch,
  listSavedSearchRows,
  renameSavedSearchRow,
  savedSearchNameTaken,
  type SavedSearchRow,
} from '../store/saved-search-repository.ts';

/** How many articles a query finds now; null while the search index is being rebuilt. */
export type CountMatches = (query: string) => number | null;

/** The saved-search methods of the contract, over a database and a live count. */
export interface SavedSearches {
  readonly list: () => Result<{ readonly searches: readonly SavedSearch[] }>;
  readonly save: (request: ApiRequest<'saveSearch'>) => Result<SavedSearch>;
  readonly rename: (request: ApiRequest<'renameSavedSearch'>) => Result<SavedSearch>;
  readonly remove: (request: ApiRequest<'deleteSavedSearch'>) => Result<{ readonly deleted: SavedSearch }>;
}

/** Saved searches with counts computed at each call, so a list is never stale after an import. */
export function createSavedSearches(db: DatabaseSync, count: CountMatches, now: () => Date): SavedSearches {
  const withCount = (row: SavedSearchRow): SavedSearch => ({ ...row, count: count(row.query) });
  const taken = (name: string): Result<never> =>
    fail('name-taken', `A saved search is already named “${name}”`);
  const missing = (id: number): Result<never> => fail('not-found', `No saved search ${id}`);
  return {
    list: () => ok({ searches: listSavedSearchRows(db).map(withCount) }),
    save: ({ name, query, sort }) => {
      if (savedSearchNameTaken(db, name)) return taken(name);
      const row = insertSavedSearch(db, { name, query, sort: sort ?? null, createdAt: now().toISOString() });
      return ok(withCount(row));
    },
    rename: ({ id, name }) => {
      if (getSavedSearchRow(db, id) === null) return missing(id);
      if (savedSearchNameTaken(db, name, id)) return taken(name);
      renameSavedSearchRow(db, id, name);
      const row = getSavedSearchRow(db, id);
      return row === null ? missing(id) : ok(withCount(row));
    },
    remove: ({ id }) => {
      const row = getSavedSearchRow(db, id);
      if (row === null || !deleteSavedSearchRow(db, id)) return missing(id);
      return ok({ deleted: withCount(row) });
    },
  };
}
