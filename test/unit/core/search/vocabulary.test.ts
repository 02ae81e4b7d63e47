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
