import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { phoneticWord, romanise } from '../../../../main/core/related/transliterate.ts';

// Session 10, round 29 (issue 6): Greek writes a Latin b, d and g as μπ, ντ and γκ at the start of a
// word, and γγ as ng. A Greek analysis naming the "Μουσείου Μπενάκη" never met the English "Benaki".

const key = (name: string): string =>
  name
    .split(' ')
    .map((word) => phoneticWord(romanise(word)))
    .join(' ');

describe('Greek digraphs for b, d, g and ng', () => {
  it.each([
    ['Μπενάκη', 'Benaki'],
    ['Ντόρα', 'Dora'],
    ['Γκίκας', 'Gikas'],
    ['Αγγελική', 'Angeliki'],
  ])('meet their Latin spelling: %s and %s', (greek, latin) => {
    expect(key(greek)).toBe(key(latin));
  });

  it('read μπ, ντ and γκ as b, d and g only at the start of a word', () => {
    expect(romanise('Μπενάκη')).toBe('benaki');
    expect(romanise('Λαμπράκης')).toBe('lamprakis');
    expect(romanise('Αντώνης')).toBe('antonis');
  });

  it('give a Greek surname and its Latin spelling the same person key', () => {
    expect(entityKey('Ντόρα Μπακογιάννη', 'person')).toBe(entityKey('Dora Bakogianni', 'person'));
  });
});
