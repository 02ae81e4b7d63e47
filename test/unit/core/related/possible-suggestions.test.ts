import { describe, expect, it } from 'vitest';
import {
  crossLanguageSimilarity,
  possibleScore,
  possibleScoreCap,
  possibleSimilarity,
  possibleSummary,
  withPossibleSuggestions,
} from '../../../../main/core/related/possible-suggestions.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 5, round 8 (issue 6): when the evidence rules show fewer than three suggestions, the
// candidates most alike in wording follow as low "possible" ones, so Dossier never shows less than a
// plain word-overlap ranking would.

const candidate = (id: number, score: number, similarity: number) => ({ id, score, similarity });

describe('possible suggestions by wording', () => {
  it('tops up fewer than three shown suggestions with the candidates most alike in wording', () => {
    const shown = [candidate(1, 0.9, 0.3)];
    const all = [...shown, candidate(2, 0.08, 0.2), candidate(3, 0.076, 0.4), candidate(4, 0.05, 0.25)];

    const out = withPossibleSuggestions(shown, all, 10);

    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [3, true],
      [4, true],
    ]);
  });

  it('adds nothing when the rules already show three', () => {
    const shown = [candidate(1, 0.9, 0.3), candidate(2, 0.8, 0.3), candidate(3, 0.7, 0.3)];

    const out = withPossibleSuggestions(shown, [...shown, candidate(4, 0.05, 0.9)], 10);

    expect(out.map((c) => c.id)).toEqual([1, 2, 3]);
  });

  it('leaves out candidates whose wording is less alike than the threshold', () => {
    const out = withPossibleSuggestions([], [candidate(5, 0.076, possibleSimilarity - 0.01)], 10);

    expect(out).toEqual([]);
  });

  it('takes a lower bar for a candidate in another language, whose cosine counts only names and cognates', () => {
    const candidates = [
      candidate(6, 0.05, crossLanguageSimilarity),
      candidate(7, 0.05, crossLanguageSimilarity),
    ];

    const out = withPossibleSuggestions([], candidates, 10, (id) => id === 6);

    expect(crossLanguageSimilarity).toBeLessThan(possibleSimilarity);
    expect(out.map((c) => c.id)).toEqual([6]);
  });

  it('scores a possible suggestion under the display floor, rising with the cosine', () => {
    expect(possibleScore(1)).toBe(possibleScoreCap);
    expect(possibleScoreCap).toBeLessThan(0.1);
    expect(possibleScore(0.15)).toBeLessThan(possibleScore(0.25));
  });

  it('shows a partner sharing only wording, weeks later, as a possible suggestion that says so', async () => {
    const { db, related } = await relatedTestDb();
    const [report, analysis] = addArticles(db, related, [
      {
        text: 'Inspectors traced the legionella cases to a hospital cooling tower and closed it.',
        date: '2026-01-05',
      },
      {
        text: 'Regulators now want every cooling tower registered and tested for legionella.',
        date: '2026-02-20',
      },
      ...fillerTopics,
    ]);

    const suggestions = await suggestionsFor(related, report);
    const shown = suggestions.find((s) => s.article.id === analysis);

    expect(shown?.summary).toMatch(/^Possible — /u);
    expect(shown?.score).toBeLessThan(0.1);
  });

  it('does not bring back, as a possible one, a same-kind look-alike sharing no name or scene that a far stronger partner outranked', () => {
    const shown = [{ ...candidate(1, 1, 0.4), pieces: 4, topic: 2 }];
    // Scored above the display floor on wording alone (no who, no where), hidden under the strong partner.
    const lookAlike = { ...candidate(2, 0.354, 0.38), pieces: 2, topic: 2 };
    // The same wording with a shared name behind it, or too weak to have been shown: still a filler.
    const named = { ...candidate(3, 0.354, 0.2), pieces: 3, topic: 2 };
    const weak = { ...candidate(4, 0.076, 0.3), pieces: 1, topic: 1 };

    const out = withPossibleSuggestions(shown, [...shown, lookAlike, named, weak], 10);

    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [4, true],
      [3, true],
    ]);
  });

  it('says a possible suggestion is one, and why, even when no reason made the list', () => {
    expect(possibleSummary('Similar wording · 3 days apart')).toBe(
      'Possible — Similar wording · 3 days apart',
    );
    expect(possibleSummary('')).toBe('Possible — Similar wording');
  });
});
