import { describe, expect, it } from 'vitest';
import { documentFrequency, uncountFeatures } from '../../../../main/core/store/related-document-counts.ts';
import { replaceFeatures } from '../../../../main/core/store/related-repository.ts';
import { termCountWatch } from '../../../../main/core/related/library-scale.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { noTermCountWatch } from '../../../../main/core/store/term-count-watch.ts';
import { addArticle } from '../entities/entity-test-db.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';

// The counts of an article's keys (related-document-counts.ts). Counting them in one statement, the
// keys passed as JSON (tried in issue 6's follow-up, and slower), counted a key with a lone surrogate
// under other bytes than the key the article stores.

describe('keeping the document counts of an article’s keys', () => {
  it('counts a key with a lone surrogate, a control character or a quote under the key the article stores', async () => {
    const db = openTestDatabase(await tempDir());
    const id = addArticle(db, 'One.', 1);
    const keys = ['t:half\ud800moon', 't:bell\u0007ring', 't:say"so\\'];

    replaceFeatures(
      db,
      id,
      { signature: 'v1', publishedDay: null, allKeys: keys, features: [] },
      noTermCountWatch,
    );

    const row = db.prepare('SELECT all_keys FROM related_articles WHERE article_id = ?').get(id) as {
      all_keys: string;
    };
    const stored = row.all_keys.split('\n');
    expect(stored[0]).toBe('t:half\ufffdmoon');
    expect(stored.map((key) => documentFrequency(db, key))).toEqual([1, 1, 1]);
  });

  it('drops the count of every key, watched or not, once the last article carrying it leaves', async () => {
    const db = openTestDatabase(await tempDir());
    const id = addArticle(db, 'One.', 1);
    const allKeys = ['t:summit', 'e:p:lavrov'];
    replaceFeatures(db, id, { signature: 'v1', publishedDay: null, allKeys, features: [] }, termCountWatch);
    db.prepare('UPDATE related_df SET df = 5000 WHERE key = ?').run(articlesKey);

    uncountFeatures(db, id, termCountWatch);
    db.prepare('DELETE FROM related_df WHERE key = ?').run(articlesKey);

    expect(db.prepare('SELECT key, df FROM related_df').all()).toEqual([]);
  });
});
