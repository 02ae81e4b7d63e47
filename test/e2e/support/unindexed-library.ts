// Writes a library database of many plain articles and no search index (as after a restore), for the
// rebuild e2e: `node test/e2e/support/unindexed-library.ts <dir> <articles> <words>`. Run as its own
// process on the project's Node, so the test runner never loads the archive engine.
import { insertPlainArticle, openTestDatabase } from '../../unit/support/plain-article-db.ts';

const [dir, articles, words] = process.argv.slice(2);
if (dir === undefined || articles === undefined || words === undefined) {
  throw new Error('usage: unindexed-library.ts <dir> <articles> <words>');
}
const db = openTestDatabase(dir);
db.exec('PRAGMA synchronous = OFF');
const vocabulary = Array.from({ length: 4_000 }, (_, i) => `w${(i * 7919) % 4_001}x`);
db.exec('BEGIN');
for (let n = 1; n <= Number(articles); n += 1) {
  const body: string[] = [];
  for (let i = 0; i < Number(words); i += 1)
    body.push(vocabulary[(n * 31 + i * i) % vocabulary.length] ?? '');
  // Every 500th article mentions the word the test searches for.
  if (n % 500 === 0) body.push('lighthouse');
  insertPlainArticle(db, n, {
    text: body.join(' '),
    title: `Harbour report ${n}`,
    wordCount: body.length,
    addedAt: '2026-01-01T00:00:00Z',
  });
}
db.exec('COMMIT');
db.close();
