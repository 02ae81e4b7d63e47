import { describe, expect, it } from 'vitest';
import {
  caselessSkeletons,
  latinNameAmong,
  latinSkeleton,
  namesInCaselessWords,
} from '../../../../main/core/related/consonant-skeleton.ts';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';
import { featuresOf } from '../../../../main/core/store/related-repository.ts';

// Round 39 (issue 6): held-out-33's Hebrew first report names the council engineer עמרי ברקוביץ and its
// English follow-up Omri Berkovitz; the Arabic follow-up توزر and قبلي where the English report has
// Tozeur and Kebili; the Korean one 노래모빌리티 (Norae Mobility). Hebrew, Arabic and Korean have no
// capitals, so no name was read in them, and the pairs shared nothing the engine read.

const skeletonsOf = (words: readonly string[]): Set<string> => new Set(words.flatMap(caselessSkeletons));

describe('a Latin name and the same name in Hebrew, Arabic or Hangul', () => {
  it('share their consonant skeleton', () => {
    expect(caselessSkeletons('ברקוביץ')).toEqual([latinSkeleton('Berkovitz')]);
    expect(caselessSkeletons('هشام')).toEqual([latinSkeleton('Hichem')]);
    expect(caselessSkeletons('توزر')).toEqual([latinSkeleton('Tozeur')]);
    expect(caselessSkeletons('박지훈')).toContain(latinSkeleton('ParkJihoon'));
  });

  it('meet when the name has four consonants or more, a word or the whole name', () => {
    expect(latinNameAmong('Omri Berkovitz', skeletonsOf(['עמרי', 'ברקוביץ', 'אמר']))).toBe(true);
    expect(latinNameAmong('Norae Mobility', skeletonsOf(['노래모빌리티가', '리콜']))).toBe(true);
    expect(latinNameAmong('Park Ji-hoon', skeletonsOf(['박지훈', '조사관은']))).toBe(true);
  });

  it('do not meet on three consonants alone, nor on a name whose other word is missing', () => {
    expect(latinNameAmong('Tozeur', skeletonsOf(['توزر']))).toBe(false);
    expect(latinNameAmong('Omri Berkovitz', skeletonsOf(['ברקוביץ']))).toBe(false);
    expect(latinNameAmong('Omri Levinson', skeletonsOf(['עמרי', 'ברקוביץ']))).toBe(false);
  });
});

const feature = (key: string, label: string, type: string | null = null): FeatureRow => ({
  key,
  weight: 1,
  label,
  type,
});

describe('names of an English report met in the words of a Hebrew or Arabic article', () => {
  it('count as shared names, two short ones together', () => {
    const english = [
      feature('e:n:tozeur', 'Tozeur', 'capitalised'),
      feature('e:n:kebil', 'Kebili', 'capitalised'),
    ];
    const arabic = [feature('t:توزر', 'توزر'), feature('t:وقبلي', 'وقبلي'), feature('t:النخيل', 'النخيل')];
    expect(namesInCaselessWords(english, arabic).map((f) => f.label)).toEqual(['Tozeur', 'Kebili']);
    expect(namesInCaselessWords(english.slice(0, 1), arabic)).toEqual([]);
  });

  it('are entity evidence of the pair, the person a person across scripts', () => {
    const english = [feature('e:p:berkovitz', 'Omri Berkovitz', 'person'), feature('t:beach', 'beach')];
    const hebrew = [feature('t:עמרי', 'עמרי'), feature('t:ברקוביץ', 'ברקוביץ'), feature('t:בולען', 'בולען')];
    const evidence = sharedEvidence(hebrew, english, () => 1, 100);
    expect(evidence.entities.map((e) => [e.name, e.person, e.crossScript])).toEqual([
      ['Omri Berkovitz', true, true],
    ]);
    expect(sharedEvidence(english, hebrew, () => 1, 100).entities).toHaveLength(1);
  });
});

describe('an article written in a script no other article of the library uses', () => {
  it('keeps more than sixty terms, so that its names are not cut by the order of their keys', async () => {
    const { db, related } = await relatedTestDb();
    const words = Array.from(
      { length: 120 },
      (_, i) =>
        `מילה${String.fromCodePoint(0x5d0 + (i % 22))}${String.fromCodePoint(0x5d0 + Math.floor(i / 22))}`,
    );
    const [hebrew, english] = addArticles(db, related, [
      { text: words.join(' '), date: '2026-03-04', lang: 'he' },
      {
        text: Array.from(
          { length: 120 },
          (_, i) =>
            `word${String.fromCodePoint(0x61 + (i % 26))}${String.fromCodePoint(0x61 + Math.floor(i / 26))}`,
        ).join(' '),
        date: '2026-03-04',
        lang: 'en',
      },
      ...fillerTopics,
    ]);
    const terms = (id: number): number =>
      featuresOf(db, [id])
        .get(id)
        ?.features.filter((f) => f.key.startsWith('t:')).length ?? 0;
    expect(terms(hebrew)).toBeGreaterThan(60);
    expect(terms(english)).toBe(60);
  });
});

describe('names in other scripts without capitals', () => {
  it('are read by their consonants in Persian, Devanagari and Georgian too', () => {
    expect(latinNameAmong('Rajesh Sharma', skeletonsOf(['राजेश', 'शर्मा']))).toBe(true);
    expect(latinNameAmong('Giorgi Beridze', skeletonsOf(['გიორგი', 'ბერიძე']))).toBe(true);
    expect(caselessSkeletons('پاکستان')).toEqual([latinSkeleton('Pakistan')]);
    expect(caselessSkeletons('თბილისი')).toEqual([latinSkeleton('Tbilisi')]);
  });

  it('stay whole words when their script writes vowels as marks', () => {
    // Round 40: the Hindi function words (ने, में, कहा) are no terms at all.
    expect([...articleTerms('राजेश शर्मा ने मुंबई में कहा').keys()]).toEqual(['राजेश', 'शर्मा', 'मुंबई']);
  });
});
