import { describe, expect, it } from 'vitest';
import { anchorContext, reanchor } from '../../../../main/core/entities/reanchor-mentions.ts';

function mentionIn(text: string, words: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  const end = start + words.length;
  return { start, end, text: words, ...anchorContext(text, start, end) };
}

describe('reanchor', () => {
  it('keeps a mention whose words are still at the same offsets', () => {
    const old = 'Angela Merkel visited Paris.';
    expect(reanchor('Angela Merkel visited Paris. More text.', mentionIn(old, 'Paris'))).toEqual({
      start: 22,
      end: 27,
    });
  });

  it('moves a mention by the words around it when text before it changed', () => {
    const old = 'Menu. Paris is big. Later, in Paris again.';
    const mention = mentionIn(old, 'Paris', 1);
    const next = 'Later, in Paris again.';

    expect(reanchor(next, mention)).toEqual({ start: 10, end: 15 });
  });

  it('moves a mention to the nearest occurrence when its context is gone', () => {
    const old = 'xxxxxxxxxx Paris yyyyyyyyyy';
    const next = 'Paris ................................................. Paris';
    expect(reanchor(next, mentionIn(old, 'Paris'))).toEqual({ start: 0, end: 5 });
  });

  it('cannot place a mention whose words are gone', () => {
    expect(reanchor('Nothing here.', mentionIn('Paris is big.', 'Paris'))).toBeNull();
  });
});
