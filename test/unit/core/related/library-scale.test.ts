import { describe, expect, it } from 'vitest';
import { idf } from '../../../../main/core/related/article-features.ts';
import { pieceWeight } from '../../../../main/core/related/explain-relation.ts';
import {
  countedRarityScale,
  libraryScale,
  rarityScale,
} from '../../../../main/core/related/library-scale.ts';
import { rarity } from '../../../../main/core/related/shared-evidence.ts';

describe('the library size rarity is read against (round 50)', () => {
  it('reads a library of 770, 788 or 806 articles as one size, the half-octave 2^9.5', () => {
    expect(libraryScale(770)).toBeCloseTo(2 ** 9.5, 6);
    expect(libraryScale(788)).toBe(libraryScale(770));
    expect(libraryScale(806)).toBe(libraryScale(770));
  });

  it('does not let 18 new articles carry a name in 40 others across the piece bar', () => {
    // Read against the exact size, 40 of 788 weighs 0.499 and 40 of 806 weighs 0.501.
    expect(rarity(40, 806)).toBe(rarity(40, 788));
    expect(rarity(40, 806) >= pieceWeight).toBe(rarity(40, 788) >= pieceWeight);
  });

  it('leaves the weights of words the new articles do not use as they were', () => {
    expect(idf(3, 806)).toBe(idf(3, 770));
  });

  it('still reads a name and a word as rarer once a smaller library has doubled', () => {
    expect(rarity(20, 400)).toBeGreaterThan(rarity(20, 200));
    expect(idf(3, 400)).toBeGreaterThan(idf(3, 200));
  });

  it('reads an empty library as one article', () => {
    expect(libraryScale(0)).toBe(1);
  });
});

describe('rarity past the step at 861 articles (round 53)', () => {
  it('keeps a name in 45 articles under the piece bar when the library grows from 860 to 878', () => {
    // Read against the next step (1024), 45 of 878 weighs 0.5005 and is a piece; 45 of 860 weighs 0.475.
    expect(rarity(45, 878)).toBe(rarity(45, 860));
    expect(rarity(45, 878)).toBeLessThan(pieceWeight);
  });

  it('weighs a name by its count alone once the library is past 724 articles', () => {
    expect(rarityScale(20_000)).toBe(countedRarityScale);
    expect(rarity(40, 1600)).toBe(rarity(40, 800));
    expect(rarity(10, 20_000)).toBe(rarity(10, 860));
  });

  it('reads a library under 609 articles against its own size as before', () => {
    expect(rarityScale(400)).toBe(libraryScale(400));
    expect(rarity(20, 400)).toBeCloseTo(Math.log(2 ** 8.5 / 20) / Math.log(2 ** 8.5 / 2), 6);
  });
});

describe('term weights past the step at 861 articles (round 54)', () => {
  it('weighs a word in 3 articles the same when the library grows from 860 to 878', () => {
    // Read against the next step (1024), every term of every article was re-weighted at once.
    expect(idf(3, 878)).toBe(idf(3, 860));
  });

  it('weighs a word by its count alone once the library is past 724 articles', () => {
    expect(idf(3, 20_000)).toBe(idf(3, 800));
    expect(idf(300, 1600)).toBe(idf(300, 800));
  });

  it('weighs a word in more articles than that as one in every article, never below 1', () => {
    expect(idf(5000, 20_000)).toBe(1);
    expect(idf(800, 1600)).toBe(1);
  });

  it('reads a library under 609 articles against its own size as before', () => {
    expect(idf(3, 400)).toBeCloseTo(Math.log((2 ** 8.5 + 1) / 4) + 1, 6);
  });
});
