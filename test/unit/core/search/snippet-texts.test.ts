import { describe, expect, it } from 'vitest';
import { FieldCache } from '../../../../main/core/search/query/field-cache.ts';
import { snippetFirstChars, type WordMatcher } from '../../../../main/core/search/snippet.ts';
import { snippetTexts } from '../../../../main/core/search/snippet-texts.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const newTempDir = useTempDir();
const matches: WordMatcher = (word) => word.toLowerCase() === 'heron';
const article = (text: string) => ({ text, title: 'Birds', wordCount: 3, addedAt: '2026-01-01T00:00:00Z' });

describe('the texts snippets are cut from', () => {
  it('takes a text a phrase check has just read from the cache, not the database', () => {
    const db = openTestDatabase(newTempDir());
    const id = insertPlainArticle(db, 1, article('A heron in the stored text.'));
    const cache = new FieldCache();
    cache.get(id, () => ['Birds', '', '', 'A heron in the cached text.']);

    expect(snippetTexts(db, [id], matches, cache).get(id)).toEqual({
      text: 'A heron in the cached text.',
      startsAt: 0,
    });
  });

  it('cuts a cached text as it would read it: the head, when the head has a match', () => {
    const db = openTestDatabase(newTempDir());
    const id = insertPlainArticle(db, 1, article('stored'));
    const cache = new FieldCache();
    cache.get(id, () => ['Birds', '', '', `A heron first. ${'filler '.repeat(1_000)}`]);

    expect(snippetTexts(db, [id], matches, cache).get(id)?.text).toHaveLength(snippetFirstChars);
  });

  it("cuts a phrase hit's cached text from just before its phrase, wherever that is", () => {
    const db = openTestDatabase(newTempDir());
    const id = insertPlainArticle(db, 1, article('stored'));
    const text = `A heron first. ${'filler '.repeat(2_000)}the grey heron nest at last. ${'more '.repeat(900)}`;
    const cache = new FieldCache();
    cache.get(id, () => ['Birds', '', '', text]);
    const phraseAt = text.indexOf('heron nest');

    const source = snippetTexts(db, [id], matches, cache, () => phraseAt).get(id);

    expect(source?.text).toContain('the grey heron nest at last.');
    expect(source?.text).toHaveLength(snippetFirstChars);
    expect(text.slice(source?.startsAt ?? 0).startsWith(source?.text ?? '-')).toBe(true);
    // Opens on a whole word, a little before the phrase.
    expect(source?.text.startsWith('filler ')).toBe(true);
    expect(source?.text.indexOf('heron nest')).toBeLessThan(120);
  });

  it('reads a short head from the database, and reads on only when the head has no match', () => {
    const db = openTestDatabase(newTempDir());
    const early = insertPlainArticle(db, 1, article(`A heron first. ${'filler '.repeat(1_000)}`));
    const late = insertPlainArticle(db, 2, article(`${'filler '.repeat(1_000)} a heron at last.`));

    const texts = snippetTexts(db, [early, late], matches, new FieldCache());

    expect(texts.get(early)?.text).toHaveLength(snippetFirstChars);
    expect(texts.get(late)?.text.endsWith('a heron at last.')).toBe(true);
  });
});
