import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';

// Round 44: held-out-39's two Albanian reports on one site met on "rreth" (about) and "javë" (week)
// beside the story's words, and its Kazakh articles were read with their conjunctions, postpositions and
// reporting verbs as terms: no list held the function words of either language.

const words = (text: string): string[] => [...articleTerms(text).values()].map((t) => t.word);

describe('Albanian function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = words(
      'Sipas drejtorit, mozaiku është nën rreth tridhjetë centimetra ujë dhe pompat nuk mjaftuan, tha ai këtë javë',
    );
    for (const word of ['drejtorit', 'mozaiku', 'tridhjete', 'centimetra', 'pompat', 'mjaftuan'])
      expect(found).toContain(word);
    for (const word of ['sipas', 'eshte', 'rreth', 'dhe', 'nuk', 'tha', 'kete', 'jave'])
      expect(found).not.toContain(word);
  });

  it('leave the words another language reads as content', () => {
    // "tyre" is English and "nje" Swahili ("outside"): neither is listed as Albanian.
    expect(words('tyre nje')).toEqual(['tyre', 'nje']);
  });
});

describe('Kazakh function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = words(
      'Ұлттық парк әкімшілігі көлге баратын жолды жабатынын хабарлады және келушілер үшін шатқал қыркүйектің соңына дейін жабық болады деп айтты',
    );
    for (const word of ['ұлттық', 'парк', 'көлге', 'жолды', 'шатқал', 'қыркүйектің'])
      expect(found).toContain(word);
    for (const word of ['хабарлады', 'және', 'үшін', 'дейін', 'болады', 'деп', 'айтты'])
      expect(found).not.toContain(word);
  });
});
