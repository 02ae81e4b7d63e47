import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { ArticleSearch } from '../../../../main/core/search/article-search.ts';
import { storedSignature } from '../../../../main/core/store/related-repository.ts';
import { keepCopy } from '../../../../main/core/trash/keep-copy.ts';
import { restoreArticles } from '../../../../main/core/trash/restore-articles.ts';
import { trashArticles, type TrashContext } from '../../../../main/core/trash/trash-articles.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../../../main/shared/types.ts';
import {
  addArticle,
  addArticles,
  countingTrashHooks,
  fillerTopics,
  relatedTestDb,
  suggestionsFor,
  trashOver,
} from './related-test-db.ts';

// These tests trash hand-made articles straight from the database: no search index to keep current.
const noSearch = {
  add: () => undefined,
  remove: () => undefined,
  persist: () => Promise.resolve(),
} as unknown as ArticleSearch;

function trashContext(db: DatabaseSync): TrashContext {
  return {
    dir: '',
    db,
    search: noSearch,
    now: () => new Date('2026-03-02T00:00:00Z'),
    hooks: countingTrashHooks,
  };
}

/** Every document count the related engine keeps, by key. */
function counts(db: DatabaseSync): Map<string, number> {
  const rows = db.prepare('SELECT key, df FROM related_df').all() as { key: string; df: number }[];
  return new Map(rows.map((row) => [row.key, row.df]));
}

function keysOf(db: DatabaseSync, id: ArticleId): string[] {
  const row = db.prepare('SELECT all_keys FROM related_articles WHERE article_id = ?').get(id) as {
    all_keys: string;
  };
  return row.all_keys.split('\n');
}

/** The weight given to the first shared entity of a suggestion for `other`, or null when not suggested. */
function sharedNameWeight(suggestions: readonly RelatedSuggestion[], other: ArticleId): number | null {
  const reason = suggestions
    .find((s) => s.article.id === other)
    ?.reasons.find((r) => r.kind === 'shared-entities');
  return reason?.kind === 'shared-entities' ? (reason.entities[0]?.weight ?? null) : null;
}

const mayor = [['Jane Mayor', 'person']] as const;

describe('related-story counts and the Trash', () => {
  it('lowers the document counts of every key of a trashed article, and raises them again on restore', async () => {
    const { db, related } = await relatedTestDb();
    const ids = addArticles(db, related, fillerTopics);
    const [gone] = ids;
    if (gone === undefined) throw new Error('No article');
    const before = counts(db);
    const goneKeys = keysOf(db, gone);

    trashArticles(trashContext(db), [gone]);
    const whileTrashed = counts(db);
    restoreArticles(trashContext(db), [gone]);

    const expected = new Map(before);
    for (const key of [...goneKeys, '#articles']) {
      const left = (expected.get(key) ?? 0) - 1;
      if (left > 0) expected.set(key, left);
      else expected.delete(key);
    }
    expect(goneKeys.length).toBeGreaterThan(5);
    expect(whileTrashed).toEqual(expected);
    expect(counts(db)).toEqual(before);
  });

  it('weighs a name as rare again once the other articles carrying it are trashed', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second, ...rest] = addArticles(db, related, [
      {
        text: 'The mayor opened a new bridge over the canal, with cyclists and walkers invited.',
        entities: mayor,
      },
      {
        text: 'Cyclists crowded the new canal bridge a day after the mayor cut the ribbon.',
        entities: mayor,
      },
      ...fillerTopics.map((t) => ({ ...t, entities: mayor })),
      ...fillerTopics.map((t) => ({ text: `${t.text} Nobody was surprised.`, entities: mayor })),
      ...fillerTopics.slice(0, 4).map((t) => ({ text: `Again: ${t.text}` })),
    ]);
    const common = sharedNameWeight(await suggestionsFor(related, first), second);

    trashArticles(trashContext(db), rest.slice(0, 12));
    const rare = sharedNameWeight(await suggestionsFor(related, first), second);

    // 14 of 18 articles carry it (the library floored at 50 articles): rarity ≈ 0.4. The pair is shown
    // (as a possible suggestion, by its wording) so the weight is measured, not taken as 0 when hidden.
    expect(common).not.toBeNull();
    expect(common ?? 1).toBeLessThan(0.5);
    expect(rare).toBeGreaterThan(0.9);
  });

  it('writes the features waiting to be written before keepCopy moves a copy to the Trash', async () => {
    const { db, related } = await relatedTestDb();
    const [kept, copy] = addArticles(db, related, [
      { text: 'The city council approved a new budget for public libraries and swimming pools.' },
      { text: 'The council approved the budget for libraries and pools on Tuesday evening.' },
    ]);
    db.prepare("UPDATE articles SET normalized_url = 'https://example.org/a' WHERE id IN (?, ?)").run(
      kept,
      copy,
    );
    // Computed, not yet written: read with the counts before the copy leaves them.
    const waiting = addArticle(db, {
      text: 'A ferry left the harbour at dawn with forty passengers aboard.',
    });
    related.refresh(waiting);
    expect(storedSignature(db, waiting)).toBeNull();

    const outcome = keepCopy(trashOver(db, related.trashHooks), kept, copy);

    expect(outcome.ok).toBe(true);
    expect(storedSignature(db, waiting)).not.toBeNull();
  });
});
