import { describe, expect, it } from 'vitest';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Round 10 of related-story scoring (issue 6): a name the entity suggester missed in a Polish, French
// or Spanish article (a company named once) is read from its capitals, so it meets the same name in
// an English report; it counts with the scene, so a pair sharing only such names stays one piece.

describe('capitalisedNames', () => {
  it('reads a company named inside a sentence and a run of capitalised words as one name', () => {
    const text =
      'Strajk w zakładzie Korvanex zakończył się po dwóch tygodniach. Rozmowy z zarządem i związkami prowadziła przez cały czas Halina Drzewiecka.';

    expect(capitalisedNames(text)).toEqual(['Korvanex', 'Halina Drzewiecka']);
  });

  it('skips words opening a sentence, words the text also writes in lower case and short words', () => {
    const text = 'Workers left. Strike pay was agreed after the strike at the Ulm plant of Brenvik ended.';

    expect(capitalisedNames(text)).toEqual(['Brenvik']);
  });

  it('drops titles before a known name and the adjectives of known places', () => {
    const text =
      'The talks on the grain corridor, said the Russian Foreign Minister Sergey Lavrov, would resume in Geneva next month with the shipping firm Tarnholm and its insurers.';

    expect(capitalisedNames(text, new Set(['sergey', 'lavrov', 'geneva']))).toEqual(['Tarnholm']);
  });

  it('reads nothing from a text that capitalises its nouns (German)', () => {
    const text =
      'Die Gewerkschaft fordert mehr Lohn für die Arbeiter im Werk von Korvanex, sagte die Sprecherin am Montag.';

    expect(capitalisedNames(text)).toEqual([]);
  });
});

describe('names read from capitals across languages', () => {
  it('suggests an English report for a Polish one sharing a company the suggester missed and a figure', async () => {
    const { db, related } = await relatedTestDb();
    const [polish, english] = addArticles(db, related, [
      {
        text: 'Porozumienie kończy strajk: pracownicy firmy Korvanex wracają do pracy, a 1400 osób dostanie premię.',
        date: '2026-03-10',
        lang: 'pl',
      },
      {
        text: 'About 1,400 workers walked out at the blade factory of Korvanex on Monday, demanding higher pay.',
        date: '2026-03-02',
        lang: 'en',
      },
      ...fillerTopics,
    ]);

    const suggestions = await suggestionsFor(related, polish);
    const found = suggestions.find((s) => s.article.id === english);

    expect(found?.reasons.find((r) => r.kind === 'shared-entities')).toMatchObject({
      entities: [{ name: 'Korvanex', type: 'other' }],
    });
  });
});
