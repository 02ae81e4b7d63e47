import { describe, expect, it } from 'vitest';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Round 38 of related-story scoring (issue 6), through the engine: an Estonian follow-up shares with
// its English report only two rare names read from their capitals, days later, and nothing at all with
// the English analysis weeks later; it is offered that analysis through the report, never confidently.

const report = {
  text: 'Three white-tailed eagles were found poisoned with carbofuran bait on the coastal meadows near Penjaski in Kestora, and the wardens asked police to open a criminal case over the poisoned raptors and the illegal pesticide.',
  entities: [
    ['Penjaski', 'capitalised'],
    ['Kestora', 'capitalised'],
  ],
  date: '2026-03-22',
  lang: 'en',
} as const;
const followUp = {
  text: 'Penjaski lähedal elavat talunikku kahtlustatakse merikotkaste mürgitamises; Kestora kaitseala töötajad leidsid laudast keelatud mürki.',
  entities: [
    ['Penjaski', 'capitalised'],
    ['Kestora', 'capitalised'],
  ],
  date: '2026-03-26',
  lang: 'et',
} as const;
const analysis = {
  text: 'Why raptors keep dying: old carbofuran stocks and poisoned bait laid for foxes still kill white-tailed eagles on coastal meadows, and few criminal cases over the illegal pesticide are ever solved.',
  date: '2026-05-03',
  lang: 'en',
} as const;

describe('an analysis reached through a report in another language', () => {
  it("is offered to the report's follow-up, under the report and not confidently", async () => {
    const { db, related } = await relatedTestDb();
    const [reportId, followUpId, analysisId] = addArticles(db, related, [
      report,
      followUp,
      analysis,
      ...fillerTopics,
    ]);

    const suggestions = await suggestionsFor(related, followUpId);

    expect(suggestions.map((s) => s.article.id).slice(0, 2)).toEqual([reportId, analysisId]);
    expect(suggestions[1]?.score).toBeLessThan(0.5);
    expect(suggestions[1]?.reasons[0]).toMatchObject({ kind: 'thread', via: { id: reportId } });
  });
});
