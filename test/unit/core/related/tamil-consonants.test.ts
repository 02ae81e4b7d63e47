import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import {
  caselessSkeletons,
  caselessWord,
  latinSkeleton,
  namesInCaselessWords,
} from '../../../../main/core/related/consonant-skeleton.ts';

// Round 46: held-out-41's Tamil report (மதுக்கரை, Madukkarai) read as nothing against its English
// partners: no consonant table read Tamil, which writes a stop and its voiced twin with one letter.

describe('a Tamil word', () => {
  it('is read by its consonants, each stop voiced between vowels and after a nasal', () => {
    expect(caselessWord.test('மதுக்கரை')).toBe(true);
    expect(caselessSkeletons('மதுக்கரை')).toEqual([latinSkeleton('Madukkarai')]);
    expect(caselessSkeletons('கோயம்புத்தூர்')).toEqual([latinSkeleton('Coimbatore')]);
    expect(caselessSkeletons('செந்தில்குமார்')).toEqual([latinSkeleton('Senthilkumar')]);
  });

  it('is read without its case ending', () => {
    expect(caselessSkeletons('மதுக்கரையில்')).toContain(latinSkeleton('Madukkarai'));
    expect(caselessSkeletons('தொண்டாமுத்தூரில்')).toContain(latinSkeleton('Thondamuthur'));
  });

  it('meets the English spelling of a name, and not another name', () => {
    const words = [{ key: 't:மதுக்கரையில்', label: 'மதுக்கரையில்' }];
    const names = [
      { key: 'e:n:madukkarai', label: 'Madukkarai' },
      { key: 'e:n:thondamuthur', label: 'Thondamuthur' },
    ];
    expect(namesInCaselessWords(names, words).map((n) => n.label)).toEqual(['Madukkarai']);
  });
});

describe('Tamil function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = [
      ...articleTerms('மதுக்கரையில் உள்ள பள்ளியின் மலைப்பாம்பு என்று அவர் தெரிவித்தார், சுமார் முட்டைகள்').values(),
    ].map((t) => t.word);
    for (const word of ['மதுக்கரையில்', 'பள்ளியின்', 'மலைப்பாம்பு', 'முட்டைகள்']) expect(found).toContain(word);
    for (const word of ['உள்ள', 'என்று', 'அவர்', 'தெரிவித்தார்', 'சுமார்']) expect(found).not.toContain(word);
  });
});
