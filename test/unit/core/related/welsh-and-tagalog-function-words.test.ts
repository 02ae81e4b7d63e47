import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';

// Round 43: held-out-37's Welsh follow-up met the Welsh trap on "mae", "bydd", "mewn" and its Tagalog
// report met the Tagalog trap on "ayon", "kay": function words of languages no list held, used once or
// twice each, so round 42's rule for unlisted short words repeated three times did not read them.

const words = (text: string): string[] => [...articleTerms(text).values()].map((t) => t.word);

describe('Welsh function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = words(
      'Bydd gweddill y capel yn cael ei dynnu i lawr, meddai peiriannydd y cyngor; mae hefyd wedi dweud bod y waliau mewn perygl',
    );
    for (const word of ['gweddill', 'capel', 'dynnu', 'peiriannydd', 'cyngor', 'waliau', 'perygl'])
      expect(found).toContain(word);
    for (const word of ['bydd', 'cael', 'meddai', 'mae', 'hefyd', 'wedi', 'dweud', 'mewn'])
      expect(found).not.toContain(word);
  });

  it('leave the words another listed language reads as content', () => {
    // "bod" is Danish for a booth, "nid" French for a nest: neither is listed as a Welsh function word.
    expect(words('nid bod')).toEqual(['nid', 'bod']);
  });
});

describe('Tagalog function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = words('Ayon kay Gobernador, namatay ang mga tilapia sa kulungan sa lawa, sinabi niya');
    for (const word of ['namatay', 'tilapia', 'kulungan', 'lawa']) expect(found).toContain(word);
    for (const word of ['ayon', 'kay', 'ang', 'mga', 'sinabi', 'niya']) expect(found).not.toContain(word);
  });
});
