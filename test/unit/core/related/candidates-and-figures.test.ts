import { describe, expect, it } from 'vitest';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 5 (issue 6): candidates are looked up by the terms other articles share, headlines are read
// with the text, and spans of time ("five years" = "fünf Jahre") are shared figures.

const syllables = ['bor', 'dim', 'fal', 'gur', 'hek', 'jom', 'kip', 'lun', 'mav', 'nop', 'rux', 'tef', 'zol'];
/** 26 made-up words no other article uses, each said three times: the article's most distinctive terms. */
const ownWords = syllables
  .flatMap((a) => ['ta', 'qo'].map((b) => `${a}${b}`))
  .map((word) => `${word} ${word} ${word}`)
  .join(' ');
const sharedWords = 'harbour ferry grounding skerry propulsion salvage evacuation hypothermia coastguard';

describe('related candidates and figures', () => {
  it('finds a partner by shared wording even when the most distinctive terms are words no one else uses', async () => {
    const { db, related } = await relatedTestDb();
    const [article, partner] = addArticles(db, related, [
      { text: `${ownWords} ${sharedWords}`, date: '2026-02-01' },
      { text: `Reporters wrote about ${sharedWords} near the coast.`, date: '2026-02-01' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, article)).map((s) => s.article.id);

    expect(suggested).toContain(partner);
  });

  it('reads the headline: a follow-up naming the figure only in its headline shares it', async () => {
    const { db, related } = await relatedTestDb();
    const [first, followUp] = addArticles(db, related, [
      {
        text: 'Captain Ingrid Solheim said all 212 passengers left the ferry safely after it struck rocks.',
        entities: [['Ingrid Solheim', 'person']],
        date: '2026-02-01',
      },
      {
        title: 'The night 212 passengers spent in a sports hall',
        text: 'Survivors praised Ingrid Solheim and her crew, and described the cold and the waiting.',
        entities: [['Ingrid Solheim', 'person']],
        date: '2026-02-02',
      },
      ...fillerTopics,
    ]);

    const [top] = await suggestionsFor(related, first);

    expect(top?.article.id).toBe(followUp);
    expect(top?.reasons.map((r) => r.kind)).toContain('shared-numbers');
  });

  it('matches an English and a German report of one ruling by the spans of time both give, not another ruling at the same court', async () => {
    const { db, related } = await relatedTestDb();
    const court = [
      ['Court of Justice', 'organisation'],
      ['Luxembourg', 'place'],
    ] as const;
    const [english, german, otherRuling] = addArticles(db, related, [
      {
        text: 'The Court of Justice in Luxembourg ruled that passenger records may be kept for six months, not five years.',
        entities: court,
        date: '2026-02-03',
      },
      {
        text: 'Der Europäische Gerichtshof in Luxemburg urteilte: Fluggastdaten dürfen nur sechs Monate statt fünf Jahre gespeichert werden.',
        entities: [
          ['Europäische Gerichtshof', 'organisation'],
          ['Luxemburg', 'place'],
        ],
        date: '2026-02-03',
        lang: 'de',
      },
      {
        text: 'The Court of Justice in Luxembourg dismissed a challenge by fishermen to the sandeel quota cut by forty percent.',
        entities: court,
        date: '2026-02-05',
      },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, german)).map((s) => s.article.id);

    expect(suggested[0]).toBe(english);
    expect(suggested).not.toContain(otherRuling);
  });
});
