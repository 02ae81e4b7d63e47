import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../../main/core/entities/suggest-entities.ts';

function typed(text: string): string[] {
  return suggestEntities(text, 'en').map((entity) => `${entity.type}: ${entity.name}`);
}

describe('suggestEntities: titles, roles and joined names', () => {
  it('strips council, police and church titles from the names they precede', () => {
    const names = typed(
      'Cllr Marta Oyelaran spoke first. Later Supt. Gareth Pryce and Rev. Annwen Doyle joined her.',
    );

    expect(names).toEqual(
      expect.arrayContaining(['person: Marta Oyelaran', 'person: Gareth Pryce', 'person: Annwen Doyle']),
    );
    expect(names.some((name) => /Cllr|Supt|Rev/u.test(name))).toBe(false);
  });

  it('types a name after a lower-case occupation as a person', () => {
    expect(typed('The book was praised by the novelist Tawanda Kuyeri last spring.')).toContain(
      'person: Tawanda Kuyeri',
    );
  });

  it('keeps two names joined by "&" together as one firm', () => {
    expect(typed('The family hired lawyers from Pellow & Strand to fight the claim.')).toContain(
      'organisation: Pellow & Strand',
    );
  });

  it('keeps "and" inside an institution whose name ends in a head noun', () => {
    expect(typed('The ruling came from the Fisheries and Oceans Authority on Friday.')).toContain(
      'organisation: Fisheries and Oceans Authority',
    );
  });

  it('does not join a known company to another institution across "and"', () => {
    const names = typed('Customers of Barclays and Lloyds Bank were affected.');

    expect(names).toContain('organisation: Barclays');
    expect(names.some((name) => name.includes('Barclays and'))).toBe(false);
  });
});

describe('suggestEntities: context cues', () => {
  it('types an unknown name after "in" or "near" as a place', () => {
    const names = typed('Aid lorries waited near Kotiro for two days before reaching families in Mbalengwe.');

    expect(names).toEqual(expect.arrayContaining(['place: Kotiro', 'place: Mbalengwe']));
  });

  it('does not make a possessive after "in" a place', () => {
    expect(typed('There was little room in Okonkwo’s budget for libraries.')).not.toContain('place: Okonkwo');
  });

  it('types an unknown name as an organisation after "shares in" and before "said in a statement"', () => {
    const names = typed(
      'Shares in Quillfeather fell sharply. Brightwater said in a statement that it would appeal.',
    );

    expect(names).toEqual(
      expect.arrayContaining(['organisation: Quillfeather', 'organisation: Brightwater']),
    );
  });

  it('types names ending in a feature word, and towns named "X upon Y", as places', () => {
    const names = typed(
      'Meltwater from the Karsten Glacier reached the Harrow Estuary. Hikers left Kingsbury upon Avon.',
    );

    expect(names).toEqual(
      expect.arrayContaining([
        'place: Karsten Glacier',
        'place: Harrow Estuary',
        'place: Kingsbury upon Avon',
      ]),
    );
  });
});

describe('suggestEntities: the larger gazetteers', () => {
  it('knows large companies, parties and international bodies with no suffix', () => {
    const names = typed('Siemens and Unilever both backed the plan, as did the Lib Dems and Interpol.');

    expect(names).toEqual(
      expect.arrayContaining([
        'organisation: Siemens',
        'organisation: Unilever',
        'organisation: Lib Dems',
        'organisation: Interpol',
      ]),
    );
  });

  it('knows world cities, regions, rivers and mountain ranges', () => {
    const names = typed(
      'Barges on the Danube carried grain from Gothenburg past the Pyrenees into Andalusia.',
    );

    expect(names).toEqual(
      expect.arrayContaining(['place: Danube', 'place: Gothenburg', 'place: Pyrenees', 'place: Andalusia']),
    );
  });
});
