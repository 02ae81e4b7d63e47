import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { phoneticWord, romanise } from '../../../../main/core/related/transliterate.ts';

// Session 11, round 34 (issue 6): Greek writes u as ου and av, ev (af, ef before a voiceless
// consonant) as αυ, ευ. Read letter by letter, Σταύρου was "stayroy" and Ευάγγελος "eyangelos": a Greek
// report and an English one naming the same person or the same dam did not meet.

const key = (name: string): string =>
  name
    .split(' ')
    .map((word) => phoneticWord(romanise(word)))
    .join(' ');

describe('Greek ου, αυ and ευ', () => {
  it.each([
    ['Σταύρου', 'Stavrou'],
    ['Κουτσούκος', 'Koutsoukos'],
    ['Ευάγγελος', 'Evangelos'],
    ['Ευθύμιος', 'Efthymios'],
    ['Ταυρωπός', 'Tavropos'],
    ['Μαυρίδης', 'Mavridis'],
  ])('meet their Latin spelling: %s and %s', (greek, latin) => {
    expect(key(greek)).toBe(key(latin));
  });

  it('read av, ev before a voiced sound and af, ef before a voiceless one', () => {
    expect(romanise('Ευάγγελος')).toBe('evangelos');
    expect(romanise('Ευθύμιος')).toBe('efthymios');
  });

  it('stay two vowels under a diaeresis', () => {
    expect(romanise('Ταΰγετος')).toBe('taygetos');
  });

  it('are spelt letter by letter in an acronym, as Latin spells it', () => {
    expect(entityKey('ΕΥΑΘ', 'organisation')).toBe(entityKey('EYATH', 'organisation'));
    expect(entityKey('Ευάγγελος Σταύρου', 'person')).toBe(entityKey('Evangelos Stavrou', 'person'));
  });
});
