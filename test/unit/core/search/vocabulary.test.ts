import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../../main/core/search/vocabulary.ts';

describe('the vocabulary', () => {
  it('expands a prefix to known terms, the prefix itself first, then the most common', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(['car', 'cart', 'carbon', 'dog']);
    vocabulary.addDocument(['carbon']);

    expect(vocabulary.expand('car')).toEqual(['car', 'carbon', 'cart']);
    expect(vocabulary.expand('ca', 1)).toEqual(['carbon']);
    expect(vocabulary.expand('x')).toEqual([]);
  });

  it('survives a JSON round trip', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(['alpha', 'beta']);

    const copy = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary)));

    expect(copy.expand('al')).toEqual(['alpha']);
    expect(() => Vocabulary.fromJSON({ not: 'an array' })).toThrow();
  });
});

describe('the vocabulary saved in slices', () => {
  it('sorts like Array.prototype.sort and leaves out removed terms', async () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919) % 20_000}é`);
    vocabulary.addDocument(words);
    vocabulary.addDocument(['zebra', 'apple']);
    vocabulary.expand('w1');
    vocabulary.removeDocument(['zebra']);

    const saved = await vocabulary.toJSONInSlices(() => Promise.resolve());

    const terms = saved.terms.join('\n').split('\n');
    expect(terms).toEqual([...words, 'apple'].sort());
    const restored = Vocabulary.fromJSON({
      terms: terms.join('\n'),
      frequencies: saved.frequencies.join(','),
    });
    expect(restored.frequency('apple')).toBe(1);
    expect(restored.frequency('zebra')).toBe(0);
  });
});
