import { describe, expect, it } from 'vitest';
import { namesInCaselessWords } from '../../../../main/core/related/consonant-skeleton.ts';
import { explainPair } from '../../../../main/core/related/score-related.ts';
import { cutWordKeys, skeletonFeatures } from '../../../../main/core/related/skeleton-keys.ts';
import { featuresOf } from '../../../../main/core/store/related-repository.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Round 56: held-out-52's Kannada report names ಮೇಲುಕೋಟೆ (Melukote) once, and so does the library's
// other Kannada article, so words of the report alone outweighed it: it was cut from the sixty terms
// kept, and no key and no word of the report met the English follow-up's Melukote. A caseless word cut
// from the terms kept is now keyed by its skeleton, labelled with the word.

const kannadaLetters = Array.from('ಕಗಚಜಟಡತದನಪಬಮಯರಲವಸಹ');

/** Made-up Kannada words, written twice and found in no other article: they outweigh the name. */
const ownWords = Array.from(
  { length: 80 },
  (_, i) => `${kannadaLetters[i % 18]}ಾ${kannadaLetters[Math.floor(i / 18)]}ು`,
);
const report = `ಮೇಲುಕೋಟೆ ${ownWords.join(' ')} ${ownWords.join(' ')}`;
const otherKannada = 'ಮೇಲುಕೋಟೆ ತೆಪ್ಪೋತ್ಸವ ಕೊಳ ಮೇಲುಕೋಟೆ ತೆಪ್ಪ';
const english =
  'Carpenters at Melukote began shaping new wheels of seasoned teak for the temple car that broke ' +
  'down in the festival procession last week, and hope to have it ready before the next festival.';

describe('a caseless word cut from the terms kept', () => {
  it('is keyed by its skeleton with the word as label, when caseless and in the headline', () => {
    expect(cutWordKeys(['ಮೇಲುಕೋಟೆ', 'Melukote'], 'ಮೇಲುಕೋಟೆ Melukote')).toEqual([
      { key: 'x:c:mlkt', label: 'ಮೇಲುಕೋಟೆ' },
    ]);
    expect(cutWordKeys(['ಮೇಲುಕೋಟೆ'], 'ರಥದ ಚಕ್ರ ಮುರಿದು')).toEqual([]);
  });

  it('is found in a headline written with vowel marks or tatweel, as the terms fold it', () => {
    expect(cutWordKeys(['طرابلس'], 'مكتبة طَرَابُلُس')).toEqual([{ key: 'x:c:trbls', label: 'طرابلس' }]);
    expect(cutWordKeys(['طرابلس'], 'مكتبة طـرابـلـس')).toEqual([{ key: 'x:c:trbls', label: 'طرابلس' }]);
  });

  it('keeps its word as label when a name of the article gives the same key', () => {
    const rows = skeletonFeatures([{ key: 't:ಮೇಲುಕೋಟೆ', label: 'ಮೇಲುಕೋಟೆ' }], 'ಮೇಲುಕೋಟೆ ರಥ', ['ಮೇಲುಕೋಟೆ']);

    expect(rows.filter((row) => row.key === 'x:c:mlkt')).toEqual([
      { key: 'x:c:mlkt', weight: 1, label: 'ಮೇಲುಕೋಟೆ', type: null },
    ]);
  });

  it('is read only from the title: a page whose text opens with it and has no line break keys no other word', async () => {
    // Long made-up words (four consonants each), written twice: more than the terms kept, so some are cut.
    const longWords = Array.from(
      { length: 90 },
      (_, i) =>
        `${kannadaLetters[i % 18]}ಾ${kannadaLetters[(i + 5) % 18]}ು${kannadaLetters[(i + 11) % 18]}ೆ${kannadaLetters[Math.floor(i / 18) + 1]}`,
    );
    const { db, related } = await relatedTestDb();
    const [kn] = addArticles(db, related, [
      {
        text: `ಮೇಲುಕೋಟೆ ${longWords.join(' ')} ${longWords.join(' ')}`,
        title: 'ಮೇಲುಕೋಟೆ',
        lang: 'kn',
        date: '2044-02-10',
      },
      ...fillerTopics,
    ]);

    const features = featuresOf(db, [kn]).get(kn)?.features ?? [];
    const kept = new Set(features.filter((f) => f.key.startsWith('t:')).map((f) => f.label));
    expect(longWords.some((word) => !kept.has(word))).toBe(true);
    const labelled = features.filter((f) => f.key.startsWith('x:c:') && f.label !== null).map((f) => f.label);
    expect(labelled.filter((label) => label !== 'ಮೇಲುಕೋಟೆ')).toEqual([]);
  });

  it('is read for the names it spells from its key', () => {
    const met = namesInCaselessWords(
      [{ key: 'e:n:melukot', label: 'Melukote' }],
      [{ key: 'x:c:mlkt', label: 'ಮೇಲುಕೋಟೆ' }],
    );

    expect(met.map((f) => f.label)).toEqual(['Melukote']);
  });

  it('lets the English follow-up naming it be a candidate sharing the name', async () => {
    const { db, related } = await relatedTestDb();
    const [, kn, en] = addArticles(db, related, [
      { text: otherKannada, lang: 'kn', date: '2044-02-12' },
      { text: report, title: 'ಮೇಲುಕೋಟೆ ರಥ', lang: 'kn', date: '2044-02-10' },
      { text: english, entities: [['Melukote', 'place']], date: '2044-02-15' },
      ...fillerTopics,
    ]);

    const features = featuresOf(db, [kn]).get(kn)?.features ?? [];
    expect(features.some((f) => f.key === 't:ಮೇಲುಕೋಟೆ')).toBe(false);
    const pair = explainPair(db, kn, en);
    expect(pair.candidateRank).not.toBeNull();
    expect(pair.evidence.entities.map((e) => e.name)).toContain('Melukote');
  });
});
