import { describe, expect, it } from 'vitest';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { streetOwnName } from '../../../../main/core/related/street-name.ts';

// Round 37 (issue 6): held-out-31's English report names "Barona Street", the Latvian follow-up
// "Barona ielā", with the street word in lower case, so only "Barona" is read from its capitals.
// The two met on one councillor and a figure (0.23–0.25), never on the street the story is about.

describe('a street named in English', () => {
  it('is read as its own name without the word "Street"', () => {
    expect(streetOwnName('Barona Street')).toBe('Barona');
    expect(streetOwnName('Horodotska Street')).toBe('Horodotska');
    expect(streetOwnName('Krišjāņa Barona Street')).toBe('Barona');
    expect(streetOwnName('Andrássy Avenue')).toBe('Andrássy');
    expect(streetOwnName('Váci utca')).toBe('Váci');
  });

  it('is keyed as the name a Latvian text gives in capitals before "ielā"', () => {
    const latvian =
      'Rīgas dome piektdien apturēja lēmumu nocirst liepas Barona ielā, jo iedzīvotāji iebilda.';
    const names = capitalisedNames(latvian);
    expect(names).toContain('Barona');
    expect(entityKey('Barona Street', 'place')).toBe(entityKey('Barona', 'other'));
    expect(entityKey('Barona Street', 'other')).toBe(entityKey('Barona', 'other'));
    expect(entityKey('Krišjāņa Barona Street', 'place')).toBe(entityKey('Barona', 'other'));
  });

  it('leaves other names alone: roads and squares, short names, the word alone, a person', () => {
    expect(streetOwnName('Silk Road')).toBeUndefined();
    expect(streetOwnName('Trafalgar Square')).toBeUndefined();
    expect(streetOwnName('Elm Street')).toBeUndefined();
    expect(streetOwnName('Street')).toBeUndefined();
    expect(entityKey('Barona Street', 'place')).not.toBe(entityKey('Brīvības', 'other'));
    expect(entityKey('Jane Street', 'person')).toBe(entityKey('Street', 'person'));
  });
});
