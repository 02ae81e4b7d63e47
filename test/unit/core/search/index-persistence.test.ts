import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../main/core/search/article-search.ts';
import {
  indexFolder,
  manifestFileName,
  pairFormatVersion,
  pairPostingsFileName,
  pairsFileName,
  postingsFileName,
  termsFileName,
  vocabularyFileName,
} from '../../../../main/core/search/index-persistence.ts';
import { phrasePairHashes } from '../../../../main/core/search/term-pairs.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';

/** A closed library with two articles and a saved index. */
async function savedLibrary(): Promise<string> {
  const dir = await tempDir();
  const libraryDir = join(dir, 'lib');
  const library = await openTestLibrary(libraryDir);
  const a = await writeTestFile(
    join(dir, 'a.html'),
    articleHtml({ title: 'Orchids of Borneo', body: 'Rare.' }),
  );
  const b = await writeTestFile(
    join(dir, 'b.html'),
    articleHtml({ title: 'Beetles', body: 'Among the orchids.' }),
  );
  // Two batches so the title match is article 1 and the body match article 2.
  await importAndWait(library, { paths: [a], uploads: false });
  await importAndWait(library, { paths: [b], uploads: false });
  await library.close();
  return libraryDir;
}

/** Opens the search of a closed library the way openLibrary does, reporting how it got its index. */
async function reopen(libraryDir: string): Promise<{ source: string; added: number; titles: number[] }> {
  const db = new DatabaseSync(join(libraryDir, 'library.sqlite'));
  try {
    const { search, source } = await openArticleSearch({ dir: libraryDir, db, logger: silentLogger });
    const ids = search.search('orchid', 10).hits.map((hit) => hit.article.id);
    await search.close();
    return { source, added: search.index.addedCount, titles: ids };
  } finally {
    db.close();
  }
}

describe('the persisted search index', () => {
  it('is loaded, not rebuilt, when an intact library is reopened', async () => {
    const libraryDir = await savedLibrary();

    const reopened = await reopen(libraryDir);

    expect(reopened).toEqual({ source: 'loaded', added: 0, titles: [1, 2] });
  });

  it('is rebuilt from the database when its folder was deleted', async () => {
    const libraryDir = await savedLibrary();
    await rm(join(libraryDir, indexFolder), { recursive: true });

    const reopened = await reopen(libraryDir);

    expect(reopened).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });
    expect((await reopen(libraryDir)).source).toBe('loaded');
  });

  it('is rebuilt when one of its files is corrupt', async () => {
    const libraryDir = await savedLibrary();
    await writeFile(join(libraryDir, indexFolder, postingsFileName), 'broken');

    expect(await reopen(libraryDir)).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });
  });

  it('is rebuilt when its terms are out of order or its vocabulary is damaged', async () => {
    const libraryDir = await savedLibrary();
    const termsPath = join(libraryDir, indexFolder, termsFileName);
    const terms = await readFile(termsPath);
    // Same length, so only the order check can tell: the first two bytes swapped.
    await writeFile(
      termsPath,
      Buffer.concat([terms.subarray(1, 2), terms.subarray(0, 1), terms.subarray(2)]),
    );
    expect(await reopen(libraryDir)).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });

    const vocabularyPath = join(libraryDir, indexFolder, vocabularyFileName);
    const vocabulary = await readFile(vocabularyPath, 'utf8');
    await writeFile(vocabularyPath, vocabulary.replace(/^[0-9]+/, 'x'));
    expect(await reopen(libraryDir)).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });

    await writeFile(vocabularyPath, vocabulary.slice(0, vocabulary.indexOf('\n')));
    expect(await reopen(libraryDir)).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });
  });

  it('is rebuilt when the term starts saved at the end of the postings are damaged', async () => {
    const libraryDir = await savedLibrary();
    const postingsPath = join(libraryDir, indexFolder, postingsFileName);
    const postings = await readFile(postingsPath);
    // The last word is where the last body term starts: pointing it past the words must not be read.
    postings.writeUInt32LE(0xffff, postings.byteLength - 4);
    await writeFile(postingsPath, postings);

    expect(await reopen(libraryDir)).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });
  });

  it('is loaded, not rebuilt, when its pair filters are cut short or torn inside, and makes them again', async () => {
    const libraryDir = await savedLibrary();
    const pairsPath = join(libraryDir, indexFolder, pairsFileName);
    const pairs = await readFile(pairsPath);
    const damaged = [pairs.subarray(0, pairs.byteLength - 4), Buffer.from(pairs)];
    // Same size, but the first filter claims more words than the file holds.
    damaged[1]?.writeUInt32LE(0xffff, 4);
    for (const bytes of damaged) {
      await writeFile(pairsPath, bytes);
      const db = new DatabaseSync(join(libraryDir, 'library.sqlite'));
      const { search, source } = await openArticleSearch({ dir: libraryDir, db, logger: silentLogger });
      const phrase = (text: string): number[] => search.search(text, 10).hits.map((hit) => hit.article.id);
      expect([source, phrase('"among the orchids"'), phrase('"beetles orchids"')]).toEqual([
        'loaded',
        [2],
        [],
      ]);

      await search.prepared;
      // Made again from the texts: the filter of article 2 now rejects a phrase it lacks, unread.
      const lacking = phrasePairHashes('orchids among');
      expect([search.index.mayHoldPairs(2, lacking), phrase('"among the orchids"')]).toEqual([false, [2]]);
      await search.close();
      db.close();
      const manifest = JSON.parse(
        await readFile(join(libraryDir, indexFolder, manifestFileName), 'utf8'),
      ) as {
        pairBytes: number;
      };
      expect((await readFile(pairsPath)).byteLength).toBe(manifest.pairBytes);
      expect(manifest.pairBytes).toBe(pairs.byteLength);
    }
  });

  it('is loaded, not rebuilt, when its pair filters are of an older format, and makes them in the new one', async () => {
    const libraryDir = await savedLibrary();
    const manifestPath = join(libraryDir, indexFolder, manifestFileName);
    const saved = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    // An index saved before xor filters: no pair format named (format 1, Bloom filters).
    const { pairFormat, ...older } = saved;
    expect(pairFormat).toBe(pairFormatVersion);
    await writeFile(manifestPath, JSON.stringify(older));

    const db = new DatabaseSync(join(libraryDir, 'library.sqlite'));
    const { search, source } = await openArticleSearch({ dir: libraryDir, db, logger: silentLogger });
    expect([source, search.search('"among the orchids"', 10).hits.map((hit) => hit.article.id)]).toEqual([
      'loaded',
      [2],
    ]);
    await search.prepared;
    expect(search.index.mayHoldPairs(2, phrasePairHashes('orchids among'))).toBe(false);
    await search.close();
    db.close();
    const remade = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    expect(remade['pairFormat']).toBe(pairFormatVersion);
  });

  it('is loaded, not rebuilt, when its pair postings are missing, and makes them again with the filters', async () => {
    const libraryDir = await savedLibrary();
    const postingsPath = join(libraryDir, indexFolder, pairPostingsFileName);
    await rm(postingsPath);

    const db = new DatabaseSync(join(libraryDir, 'library.sqlite'));
    // One sampled article chooses the common terms, so the remade postings list the other.
    const indexOptions = { pairPostingSample: 1 };
    const { search, source } = await openArticleSearch({
      dir: libraryDir,
      db,
      logger: silentLogger,
      indexOptions,
    });
    const phrase = (text: string): number[] => search.search(text, 10).hits.map((hit) => hit.article.id);
    expect([source, phrase('"among the orchids"')]).toEqual(['loaded', [2]]);
    await search.prepared;
    expect(phrase('"among the orchids"')).toEqual([2]);
    await search.close();
    db.close();
    const manifest = JSON.parse(await readFile(join(libraryDir, indexFolder, manifestFileName), 'utf8')) as {
      pairPostingBytes: number;
    };
    const remade = await readFile(postingsPath);
    expect(remade.byteLength).toBe(manifest.pairPostingBytes);
    expect(remade.byteLength).toBeGreaterThan(0);
  });

  it('is rebuilt when it was written in another format version', async () => {
    const libraryDir = await savedLibrary();
    const manifestPath = join(libraryDir, indexFolder, manifestFileName);
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestPath, JSON.stringify({ ...manifest, formatVersion: -1 }));

    expect(await reopen(libraryDir)).toEqual({ source: 'rebuilt', added: 2, titles: [1, 2] });
  });

  it('catches up articles committed after the last save without a rebuild', async () => {
    const libraryDir = await savedLibrary();
    // Pretend the last save happened before article 2 was committed: save an index holding
    // only article 1, then put article 2 back in the database.
    await rm(join(libraryDir, indexFolder), { recursive: true });
    const db = new DatabaseSync(join(libraryDir, 'library.sqlite'));
    db.exec('PRAGMA foreign_keys = OFF');
    const second = db.prepare('SELECT * FROM articles WHERE id = 2').get();
    db.exec('DELETE FROM provenance WHERE article_id = 2');
    db.exec('DELETE FROM articles WHERE id = 2');
    const first = await openArticleSearch({ dir: libraryDir, db, logger: silentLogger });
    await first.search.close();
    const columns = Object.keys(second ?? {});
    db.prepare(
      `INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(...columns.map((c) => (second as Record<string, string | number | null>)[c] ?? null));
    db.close();

    const reopened = await reopen(libraryDir);

    expect(reopened).toEqual({ source: 'loaded', added: 1, titles: [1, 2] });
  });

  it('is not rebuilt by openLibrary when reopening an intact library', async () => {
    const libraryDir = await savedLibrary();
    const messages: string[] = [];

    const library = await openTestLibrary(libraryDir, {
      logger: {
        ...silentLogger,
        info: (message) => messages.push(message),
        warn: (message) => messages.push(message),
      },
    });
    const result = await library.search({ query: 'borneo', limit: 5 });

    expect(messages.filter((m) => /rebuil/i.test(m))).toEqual([]);
    expect(result.ok && result.value.hits.map((h) => h.article.title)).toEqual(['Orchids of Borneo']);
  });
});
