import { describe, expect, it } from 'vitest';
import { rarity } from '../../../../main/core/related/shared-evidence.ts';
import { addArticles, relatedTestDb, suggestionsFor, type TestArticle } from './related-test-db.ts';

// Session 5 (issue 6): in a library of a few articles every shared name is in every article, and a
// name cannot be "common" on the evidence of so few documents.

const stormNames = [
  ['Storm Marlow', 'other'],
  ['Penzance', 'place'],
  ['Met Office', 'organisation'],
  ['Hannah Treloar', 'person'],
] as const;

/** Four reports of one storm by four outlets: they share its names, and little wording. */
const stormReports: readonly TestArticle[] = [
  {
    text: 'The Met Office issued a red warning as Storm Marlow approached Penzance, forecaster Hannah Treloar said gusts could reach ninety miles an hour.',
    entities: stormNames,
    date: '2026-01-10',
  },
  {
    text: 'Storm Marlow tore roofs from homes in Penzance overnight; Hannah Treloar of the Met Office confirmed the strongest gust on record there.',
    entities: stormNames,
    date: '2026-01-11',
  },
  {
    text: 'Volunteers cleared fallen trees and broken glass from the streets of Penzance after Storm Marlow, while the Met Office and Hannah Treloar warned of more rain.',
    entities: stormNames,
    date: '2026-01-12',
  },
  {
    text: 'Insurers expect claims running into millions after Storm Marlow; Hannah Treloar said the Met Office had warned Penzance two days ahead.',
    entities: stormNames,
    date: '2026-01-14',
  },
];

describe('related suggestions in a small library', () => {
  it('suggests each of four related articles alone in a library for the other three', async () => {
    const { db, related } = await relatedTestDb();
    const ids = addArticles(db, related, stormReports);

    for (const id of ids) {
      const suggested = (await suggestionsFor(related, id)).map((s) => s.article.id);
      expect(suggested.sort()).toEqual(ids.filter((other) => other !== id).sort());
    }
  });

  it('does not let a name in every one of four articles look common', () => {
    expect(rarity(4, 4)).toBeGreaterThanOrEqual(0.5);
  });

  it('weighs names in a large library by their counts: one in a quarter of 16,384 articles says little', () => {
    // Round 53: past 724 articles a name's weight is read from its count alone (library-scale.ts).
    expect(rarity(300, 16_384)).toBeCloseTo(Math.log(2 ** 9.5 / 300) / Math.log(2 ** 9.5 / 2), 3);
    expect(rarity(4096, 16_384)).toBe(0);
    expect(rarity(5000, 20_000)).toBeLessThan(0.2);
  });
});
