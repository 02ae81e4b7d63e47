import { describe, expect, it } from 'vitest';
import { isRomanNumeral } from '../../../../main/core/related/roman-numeral.ts';
import { featuresOf } from '../../../../main/core/store/related-repository.ts';
import { addArticles, relatedTestDb } from './related-test-db.ts';

// Round 56: a Turkmen report's "XIX asyr" (19th century) was an organisation named XIX to the entity
// suggester, and a key of the article.

describe('a Roman numeral written alone', () => {
  it('is read as a numeral from II to XXXIX', () => {
    expect(['XIX', 'XVI', 'III', 'IV', 'XXXIX'].filter(isRomanNumeral)).toEqual([
      'XIX',
      'XVI',
      'III',
      'IV',
      'XXXIX',
    ]);
  });

  it('is not read in a name, a lower-case word, or letters that also abbreviate a name', () => {
    expect(['Louis XIV', 'Xi', 'I', 'DC', 'MD', 'XL', 'MIX', 'XIIII'].filter(isRomanNumeral)).toEqual([]);
  });

  it('is no entity of an article, though the suggester reads it as an organisation', async () => {
    const { db, related } = await relatedTestDb();
    const [id] = addArticles(db, related, [
      {
        text: 'The carpet museum in Ashgabat lost a XIX century carpet to a fire on Wednesday night.',
        entities: [
          ['XIX', 'organisation'],
          ['Ashgabat', 'place'],
        ],
      },
    ]);

    const names = (featuresOf(db, [id]).get(id)?.features ?? []).filter((f) => f.key.startsWith('e:'));
    expect(names.map((f) => f.label)).toEqual(['Ashgabat']);
  });
});
