import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import {
  staleFeatures,
  storeFeatures,
  type ComputedFeatures,
} from '../../../../main/core/related/article-features.ts';
import { termKey } from '../../../../main/core/related/article-terms.ts';
import { lastWatchedCount, termCountWatch } from '../../../../main/core/related/library-scale.ts';
import { pendingKeys } from '../../../../main/core/store/related-pending-keys.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import type { TermCountWatch } from '../../../../main/core/store/term-count-watch.ts';
import { addArticle } from '../entities/entity-test-db.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';

// Issue 6: past the last step of the library's size, storing an article's features read back the new
// count of each of its ~250 terms (~5.6 ms a group of 8 articles), to find those that cross a watched
// step. The features now carry the counts their terms were read with, and only the counts that may
// cross a step, within how far other articles have moved them since, are read back.

/** A library taken to hold 5,000 articles with features (past the last step), with `counts` set. */
async function pastTheCap(counts: Record<string, number>): Promise<DatabaseSync> {
  const db = openTestDatabase(await tempDir());
  const set = db.prepare('INSERT INTO related_df (key, df) VALUES (?, ?)');
  set.run(articlesKey, 5000);
  for (const [key, df] of Object.entries(counts)) set.run(key, df);
  return db;
}

/** The features of new articles of these texts, all computed before any is stored (as an import's group). */
function computed(db: DatabaseSync, texts: readonly string[]): ComputedFeatures[] {
  return texts.map((text, n) => {
    const features = staleFeatures(db, addArticle(db, text, n + 1));
    if (typeof features === 'string') throw new Error(`article ${n + 1} is ${features}`);
    return features;
  });
}

const waiting = (db: DatabaseSync): string[] =>
  pendingKeys(db).map((pending) => `${pending.key} ${pending.df} ×${pending.marks}`);

describe('storing features past the cap with the counts their terms were read with', () => {
  it('reads back no count of a word in hundreds of articles (the watch is asked about none)', async () => {
    const words = ['harbour', 'ferry', 'crane', 'docker', 'cargo'];
    const db = await pastTheCap(Object.fromEntries(words.map((word) => [`t:${termKey(word)}`, 300])));
    const asked: number[] = [];
    const watch: TermCountWatch = {
      ...termCountWatch,
      moves: (before, after) => {
        asked.push(before, after);
        return termCountWatch.moves(before, after);
      },
    };

    storeFeatures(db, computed(db, [`The ${words.join(' ')} left.`]), watch);

    expect(asked.filter((count) => count > lastWatchedCount)).toEqual([]);
    expect(db.prepare('SELECT df FROM related_df WHERE key = ?').get(`t:${termKey('ferry')}`)).toEqual({
      df: 301,
    });
  });

  it('records the same crossings as reading every count back, when the articles of a group share a word', async () => {
    // 9 → 10 stays on a step (round(4 log2 df) = 13), 10 → 11 crosses one (14): each article read 9
    // and "10 once stored", but the second's update takes the count from 10 to 11.
    const texts = ['A gannet and a puffin.', 'The gannet flew off.', 'A gannet, again.'];
    const gannet = `t:${termKey('gannet')}`;
    const withCarried = await pastTheCap({ [gannet]: 9 });
    const without = await pastTheCap({ [gannet]: 9 });
    const stripped = computed(without, texts).map(({ id, features }) => {
      const { signature, publishedDay, allKeys } = features;
      return { id, features: { signature, publishedDay, allKeys, features: features.features } };
    });

    storeFeatures(withCarried, computed(withCarried, texts), termCountWatch);
    storeFeatures(without, stripped, termCountWatch);

    expect(waiting(withCarried).filter((key) => key.startsWith(gannet))).toEqual([`${gannet} 11 ×1`]);
    expect(waiting(withCarried)).toEqual(waiting(without));
  });
});
