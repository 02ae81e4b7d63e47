import { describe, expect, it } from 'vitest';
import { idf } from '../../../../main/core/related/article-features.ts';
import { pieceWeight } from '../../../../main/core/related/explain-relation.ts';
import { libraryScale } from '../../../../main/core/related/library-scale.ts';
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

  it('still reads a name as rarer once the library has doubled', () => {
    expect(rarity(40, 1600)).toBeGreaterThan(rarity(40, 800));
    expect(idf(3, 1600)).toBeGreaterThan(idf(3, 800));
  });

  it('reads an empty library as one article', () => {
    expect(libraryScale(0)).toBe(1);
  });
});
