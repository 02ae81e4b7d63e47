import { describe, expect, it } from 'vitest';
import { explainPair } from '../../../../main/core/related/score-related.ts';
import { otherSide, skeletonKeys } from '../../../../main/core/related/skeleton-keys.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Round 46: a Bengali report (সীতাকুণ্ড) and its English partner (Sitakunda) share no key, so the
// candidate search, which looks up exact keys only, never brought the pair in: the consonant reader ran
// only on pairs already found. Each side now stores its names' skeletons, looked up across scripts.

describe('skeleton keys', () => {
  it('are stored for a Latin name and for a caseless word, on the two sides of the scripts', () => {
    const latin = skeletonKeys([{ key: 'e:n:sitakunda', label: 'Sitakunda' }]);
    const bengali = skeletonKeys([{ key: 't:সীতাকুণ্ড', label: 'সীতাকুণ্ড' }]);

    expect(latin).toEqual(['x:l:stknd']);
    expect(bengali).toEqual(['x:c:stknd']);
    expect(otherSide(latin[0] ?? '')).toBe(bengali[0]);
  });

  it('are not stored for ordinary words, for short names, or for a Latin term', () => {
    expect(
      skeletonKeys([
        { key: 't:tanker', label: 'tanker' },
        { key: 'e:n:oslo', label: 'Oslo' },
        { key: 'e:c:sitakunda', label: 'Sitakunda' },
      ]),
    ).toEqual([]);
  });
});

const bengali = {
  text: 'সীতাকুণ্ড উপজেলায় একটি জাহাজ ভাঙা কারখানায় ট্যাংকার বিস্ফোরণে শ্রমিক আহত হয়েছেন, ফায়ার সার্ভিস জানিয়েছে।',
  date: '2026-02-10',
  lang: 'bn',
} as const;
const english = {
  text: 'A tanker exploded at a ship-breaking yard in Sitakunda, injuring workers, the fire service said.',
  entities: [['Sitakunda', 'other']],
  date: '2026-02-10',
  lang: 'en',
} as const;

describe('a name written in a script without capitals', () => {
  it('brings its Latin spelling in as a candidate, both ways', async () => {
    const { db, related } = await relatedTestDb();
    const [bengaliId, englishId] = addArticles(db, related, [bengali, english, ...fillerTopics]);

    expect(explainPair(db, bengaliId, englishId).candidateRank).toBe(0);
    expect(explainPair(db, englishId, bengaliId).candidateRank).toBe(0);
  });
});
