import { describe, expect, it } from 'vitest';
import { articleTerms, termKey } from '../../../../main/core/related/article-terms.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 18 of related-story scoring (issue 6): in a library with few articles in a language, that
// language's function words ("του, για, οτι") are carried by a handful of articles and look as rare as
// a name. Shared in both texts they are no evidence of one story: neither rare terms nor wording.

/** A stored term feature for a word as article-terms.ts keys it. */
const term = (word: string, weight = 1): FeatureRow => ({
  key: `t:${termKey(word)}`,
  weight,
  label: word,
  type: null,
});
const rare = (): number => 2;

describe('function words shared by two texts', () => {
  it('are not rare terms, however few articles carry them', () => {
    const greek = ['του', 'για', 'οτι', 'και', 'την', 'απο'].map((w) => term(w));
    const own = [...greek, term('ελαιολαδο')];
    const theirs = [...greek, term('λιμανι')];

    const evidence = sharedEvidence(own, theirs, rare, 1000);

    expect(evidence.terms).toEqual([]);
    expect(evidence.similarity).toBe(0);
    expect(evidence.words).toEqual([]);
  });

  it('leave the content words two texts share counting as before', () => {
    const own = [term('του'), term('ελαιολαδο'), term('νοθευση')];
    const theirs = [term('του'), term('ελαιολαδο'), term('νοθευση')];

    const evidence = sharedEvidence(own, theirs, rare, 1000);

    expect(evidence.terms?.map((t) => t.word)).toEqual(['ελαιολαδο', 'νοθευση']);
    expect(evidence.similarity).toBeCloseTo(1, 5);
  });

  it('are judged by the surface word, so a content word folded to the same key still counts', () => {
    // "των" (Greek "of the") and "tonnes" may meet on one phonetic key; only the function word is dropped.
    const own = [{ ...term('tonnes'), key: 'shared' }];
    const theirs = [{ ...term('tonnes'), key: 'shared' }];

    expect(sharedEvidence(own, theirs, rare, 1000).terms?.map((t) => t.word)).toEqual(['tonnes']);
  });

  it('are still stored as terms, so dropping them is a query-time rule', () => {
    expect([...articleTerms('Ο έλεγχος του ΣΔΟΕ για το λάδι')].map(([, t]) => t.word)).toContain('του');
  });
});
