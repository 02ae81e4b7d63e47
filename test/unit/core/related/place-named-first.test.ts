import { describe, expect, it } from 'vitest';
import { keyedType, namesAPlace } from '../../../../main/core/related/place-not-person.ts';

describe('a place whose kind is written first (round 54)', () => {
  it('reads an isiXhosa national park read from its capitals as a place, not a person named Addo', () => {
    // "iPaki yeSizwe yaseAddo", its glued prefixes cut (bantu-prefix.ts).
    expect(namesAPlace('Paki Sizwe Addo', 'xh')).toBe(true);
    expect(keyedType('Paki Sizwe Addo', 'person', 'xh-ZA')).toBe('place');
  });

  it('reads a Spanish park, an Italian lake and a Spanish mountain tagged as people as places', () => {
    expect(keyedType('Parque Doñana', 'person', 'es')).toBe('place');
    expect(keyedType('Lago Maggiore', 'person', 'it-IT')).toBe('place');
    expect(keyedType('Monte Perdido', 'person', 'es')).toBe('place');
    expect(namesAPlace('Río de la Plata', 'es')).toBe(true);
  });

  it('still reads a person of the same text as a person', () => {
    expect(namesAPlace('Nosipho Mlanjeni', 'xh')).toBe(false);
    expect(keyedType('Nosipho Mlanjeni', 'person', 'xh')).toBe('person');
  });

  it('reads Rio, Monte and Mlambo in an English article as the people they name there', () => {
    expect(keyedType('Rio Ferdinand', 'person', 'en')).toBe('person');
    expect(keyedType('Monte Hellman', 'person', 'en-GB')).toBe('person');
    expect(keyedType('Mlambo Ngcuka', 'person', 'en')).toBe('person');
  });

  it('reads a name as a place by its first word only when the language is known to write the kind first', () => {
    expect(namesAPlace('Parque Doñana', null)).toBe(false);
    expect(namesAPlace('Parque Doñana', 'de')).toBe(false);
  });

  it('still reads a place whose kind is written last in any language', () => {
    expect(namesAPlace('Doñana Park', null)).toBe(true);
  });

  it('does not read a single word naming a kind of place as a place name', () => {
    expect(namesAPlace('Paki', 'sw')).toBe(false);
  });
});
