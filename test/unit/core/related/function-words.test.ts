import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 18 of related-story scoring (issue 6), moved in round 22 to where terms are taken: in a library
// with few articles in a language, that language's function words ("του, για, οτι") are carried by a
// handful of articles and look as rare as a name. They are never stored as an article's terms, so no
// pair of texts can be backed by them.

/** An article's stored term features, as article-features.ts takes them from its text. */
const termsOf = (text: string): FeatureRow[] =>
  [...articleTerms(text)].map(([key, { word }]) => ({ key: `t:${key}`, weight: 1, label: word, type: null }));
const rare = (): number => 2;
const words = (text: string): string[] => [...articleTerms(text)].map(([, t]) => t.word);

describe('function words of the languages Dossier reads', () => {
  it('are never stored as an article term, in any of those languages', () => {
    expect(words('Ο έλεγχος του ΣΔΟΕ για το λάδι, ότι είναι νοθευμένο')).not.toEqual(
      expect.arrayContaining(['του']),
    );
    for (const word of [
      'του',
      'για',
      'οτι',
      'ειναι',
      'jest',
      'oraz',
      'това',
      'които',
      'och',
      'який',
      'della',
    ])
      expect(words(`${word} ελαιολαδο`), word).toEqual(['ελαιολαδο']);
  });

  it('do not back a pair of texts that share nothing else, however few articles carry them', () => {
    const own = termsOf('του για οτι και την απο ελαιολαδο');
    const theirs = termsOf('του για οτι και την απο λιμανι');

    const evidence = sharedEvidence(own, theirs, rare, 1000);

    expect(evidence.terms).toEqual([]);
    expect(evidence.similarity).toBe(0);
    expect(evidence.words).toEqual([]);
  });

  it('leave the content words two texts share counting as before', () => {
    const text = 'του ελαιολαδο νοθευση';

    const evidence = sharedEvidence(termsOf(text), termsOf(text), rare, 1000);

    expect(evidence.terms?.map((t) => t.word)).toEqual(['ελαιολαδο', 'νοθευση']);
    expect(evidence.similarity).toBeCloseTo(1, 5);
  });

  it('are judged by the surface word, so a content word folded to the same key is still a term', () => {
    // "των" (Greek "of the") and "tonnes" may meet on one phonetic key; only the function word is dropped.
    expect(words('των tonnes')).toEqual(['tonnes']);
  });
});
