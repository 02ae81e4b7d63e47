import { describe, expect, it } from 'vitest';
import { makeSnippets } from '../../../../main/core/search/snippet.ts';
import { createTermEncoder } from '../../../../main/core/search/terms.ts';
import type { Snippet } from '../../../../main/shared/types.ts';

const isWord =
  (...words: string[]) =>
  (word: string): boolean =>
    words.includes(word.toLowerCase());

/** A matcher the way search builds one: the shared encoder's terms against the query's. */
function matcherFor(query: string): (word: string) => boolean {
  const { encode } = createTermEncoder();
  const wanted = new Set(encode(query));
  return (word) => encode(word).some((t) => wanted.has(t));
}

const marked = (snippet: Snippet | undefined): string[] =>
  snippet === undefined ? [] : snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));

describe('search snippets', () => {
  it('cuts around the first match far into the text and marks it', () => {
    const text = `${'filler words '.repeat(50)}the Comet appeared\nover the hills ${'more text '.repeat(50)}`;

    const [snippet, ...rest] = makeSnippets(text, isWord('comet'));

    expect(rest).toEqual([]);
    expect(snippet?.text.startsWith('…')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet?.text.length).toBeLessThanOrEqual(203);
    expect(marked(snippet)).toEqual(['Comet']);
    expect(snippet?.text).toContain('Comet appeared over the hills');
  });

  it("marks a snippet from a later part of the text as cut before, even at that part's start", () => {
    const [snippet] = makeSnippets('Comet seen at dawn.', isWord('comet'), 200, 5_000);

    expect(snippet?.text).toBe('…Comet seen at dawn.');
    expect(marked(snippet)).toEqual(['Comet']);
  });

  it('starts at the beginning of the text when nothing in it matches', () => {
    expect(makeSnippets('Short body text.', isWord('absent'))).toEqual([
      { text: 'Short body text.', highlights: [] },
    ]);
  });

  it('gives no snippet when the body is empty', () => {
    expect(makeSnippets('  \n ', isWord('absent'))).toEqual([]);
  });

  it('shows up to three separate windows, the one with the most distinct matched words first', () => {
    const filler = 'plain words here. '.repeat(30);
    const text = `The comet came. ${filler} A comet and a moon together. ${filler} Another comet. ${filler} Comet again. ${filler}`;

    const snippets = makeSnippets(text, isWord('comet', 'moon'));

    expect(snippets).toHaveLength(3);
    expect(marked(snippets[0])).toEqual(['comet', 'moon']);
    expect(snippets.map((s) => s.text).join(' ')).not.toContain('Comet again');
    expect(snippets[1]?.text).toContain('The comet came');
    expect(snippets[2]?.text).toContain('Another comet');
  });

  it('marks a matched word however it is cased or accented', () => {
    const [snippet] = makeSnippets('Lunch at the CAFÉ on Straße Nord.', matcherFor('cafe strasse'));

    expect(marked(snippet)).toEqual(['CAFÉ', 'Straße']);
  });

  it('marks just the matched characters inside unspaced Japanese text', () => {
    const [snippet] = makeSnippets('昨日は東京都の美術館に行きました。', matcherFor('東京'));

    expect(marked(snippet)).toEqual(['東京']);
  });

  it('marks a three-character Chinese query as one run', () => {
    const [snippet] = makeSnippets('山城市立图书馆于本周六重新向市民开放', matcherFor('图书馆'));

    expect(marked(snippet)).toEqual(['图书馆']);
  });
});
