import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../../main/core/entities/suggest-entities.ts';

const names = (text: string): string[] => suggestEntities(text, 'en').map((e) => `${e.type}: ${e.name}`);

// The NLP library typed only the given name of these (it does not know the surname).
describe('a person whose given name alone the NLP library recognised', () => {
  it('is suggested by the full name the article writes', () => {
    const said =
      '“A city this size cannot hang on one line,” said Duarte Leal, who teaches hydraulics at the University of Porto’s engineering faculty.';
    expect(names(said)).toContain('person: Duarte Leal');
    expect(names(said)).not.toContain('person: Duarte');
    expect(names('Residents were angry, said Pilar Sancho, a teacher in the old town.')).toContain(
      'person: Pilar Sancho',
    );
  });

  it('does not take in a body named in the plural possessive', () => {
    const association =
      '“Thousands in every box,” said Athanasios Zacharis, president of the Larissa Beekeepers’ Association.';
    expect(names(association).some((name) => name.includes('Beekeepers'))).toBe(false);
  });
});
