import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { keyedType, namesAnInstitution } from '../../../../main/core/related/place-not-person.ts';

// Round 47: held-out-37's Afrikaans report names "Universiteit Stellenbosch", a run of capitals keyed
// as a person by its last word; the town Stellenbosch, which its English partners name, then counted as
// that person's surname (a person, never a filler's name), and the report never reached them.

describe('an institution named after its town', () => {
  it('is told by its first word, in the languages that write the kind of institution first', () => {
    for (const name of ['Universiteit Stellenbosch', 'Université Laval', 'Hospital Kuala Lumpur'])
      expect(namesAnInstitution(name)).toBe(true);
  });

  it('is not a person, whose given name never names an institution', () => {
    expect(namesAnInstitution('Morag Dunlop')).toBe(false);
    expect(namesAnInstitution('University')).toBe(false);
    expect(keyedType('Morag Dunlop', 'person')).toBe('person');
  });

  it('is keyed as an organisation when the suggester typed it a person, so it gives no surname', () => {
    const type = keyedType('Universiteit Stellenbosch', 'person');

    expect(type).toBe('organisation');
    expect(entityKey('Universiteit Stellenbosch', type)).not.toMatch(/^e:p:/u);
  });
});
