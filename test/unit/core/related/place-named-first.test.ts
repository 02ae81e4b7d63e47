import { describe, expect, it } from 'vitest';
import { keyedType, namesAPlace } from '../../../../main/core/related/place-not-person.ts';

describe('a place whose kind is written first (round 54)', () => {
  it('reads an isiXhosa national park read from its capitals as a place, not a person named Addo', () => {
    // "iPaki yeSizwe yaseAddo", its glued prefixes cut (bantu-prefix.ts).
    expect(namesAPlace('Paki Sizwe Addo')).toBe(true);
    expect(keyedType('Paki Sizwe Addo', 'person')).toBe('place');
  });

  it("reads a Spanish park and an Italian lake tagged as people as places, in any language's article", () => {
    expect(keyedType('Parque Doñana', 'person')).toBe('place');
    expect(keyedType('Lago Maggiore', 'person')).toBe('place');
  });

  it('still reads a person of the same text as a person', () => {
    expect(namesAPlace('Nosipho Mlanjeni')).toBe(false);
    expect(keyedType('Nosipho Mlanjeni', 'person')).toBe('person');
  });

  it('reads Rio, Monte and Mlambo before a surname as people, and before a joining word as places', () => {
    expect(keyedType('Rio Ferdinand', 'person')).toBe('person');
    expect(keyedType('Monte Hellman', 'person')).toBe('person');
    expect(keyedType('Mlambo Ngcuka', 'person')).toBe('person');
    expect(namesAPlace('Río de la Plata')).toBe(true);
  });

  it('does not read a single word naming a kind of place as a place name', () => {
    expect(namesAPlace('Paki')).toBe(false);
  });
});
