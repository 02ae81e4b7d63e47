import { describe, expect, it } from 'vitest';
import { insertPlainArticle, openTestDatabase } from '../support/plain-article-db.ts';
import { useTempDir } from '../support/temp-dir.ts';
import { dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

/** A library of `count` articles of ~300 words with no search index (as after a restore). */
function libraryWithoutIndex(count: number): string {
  const dir = tempDir();
  const db = openTestDatabase(dir);
  const filler = Array.from({ length: 300 }, (_, i) => `word${i % 97}`).join(' ');
  for (let n = 1; n <= count; n += 1) {
    const text = `${n === count ? 'lighthouse ' : ''}${filler} number${n}`;
    insertPlainArticle(db, n, {
      text,
      title: `Report ${n}`,
      wordCount: 302,
      addedAt: '2026-01-01T00:00:00Z',
    });
  }
  db.close();
  return dir;
}

describe('a CLI command on a library whose search index must be rebuilt', () => {
  it('says it is rebuilding, waits for it, and answers from the whole library', async () => {
    // Far more than one 16 ms slice of the rebuild can add, so the wait is seen.
    const library = libraryWithoutIndex(1500);

    const run = await dossier(['search', 'lighthouse', '--library', library]);

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Rebuilding the search index: [\d,]+ of 1,500 articles…$/m);
    expect(run.stderr).toContain('Search index rebuilt.\n');
    expect(run.stdout).toContain('1 article match “lighthouse”');
    expect(run.stdout).toContain('#1500  Report 1500');
  }, 60_000);
});
