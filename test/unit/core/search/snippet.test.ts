import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../../main/core/search/snippet.ts';

const isWord =
  (...words: string[]) =>
  (word: string): boolean =>
    words.includes(word.toLowerCase());

describe('search snippets', () => {
  it('cuts around the first match far into the text and marks it', () => {
    const text = `${'filler words '.repeat(50)}the Comet appeared\nover the hills ${'more text '.repeat(50)}`;

    const { snippet, highlights } = makeSnippet(text, isWord('comet'));

    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(203);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(['Comet']);
    expect(snippet).toContain('Comet appeared over the hills');
  });

  it('starts at the beginning of the text when nothing in it matches', () => {
    const { snippet, highlights } = makeSnippet('Short body text.', isWord('absent'));

    expect(snippet).toBe('Short body text.');
    expect(highlights).toEqual([]);
  });
});
