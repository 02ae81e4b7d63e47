import { describe, expect, it } from 'vitest';
import { candidateFlags, candidateSignals } from '../../../../main/core/related/candidate-signals.ts';
import {
  addArticles,
  fillerTopics,
  followUp,
  relatedTestDb,
  suggestionsFor,
  talks,
} from './related-test-db.ts';

// The learning bench (test/bench/related-learn.ts) reads the engine's signals through this seam: it
// must see the candidates the engine ranks, in its order and with its scores, and the rules' flags.

describe('candidateSignals', () => {
  it('lists the candidates the engine suggests, in its order and with its final scores', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second] = addArticles(db, related, [talks, followUp, ...fillerTopics]);
    const shown = await suggestionsFor(related, first);
    const signals = candidateSignals(db, first);

    expect(shown[0]?.article.id).toBe(second);
    expect(signals[0]?.id).toBe(second);
    expect(signals[0]?.rank).toBe(0);
    expect(signals[0]?.score).toBe(shown[0]?.score);
  });

  it('reads the pair’s evidence and the rules’ flags: a shared named cast two days apart', async () => {
    const { db, related } = await relatedTestDb();
    const [first] = addArticles(db, related, [talks, followUp, ...fillerTopics]);
    const pair = candidateSignals(db, first)[0];

    expect(pair?.days).toBe(2);
    expect(pair?.rarestName).toBe(0);
    expect(pair?.ownScore).toBeGreaterThan(0);
    expect(pair?.otherLanguage).toBe(false);
    expect(Object.keys(pair?.flags ?? {})).toEqual([...candidateFlags]);
    expect(pair?.flags.storyCast || pair?.flags.namedCast || pair?.flags.specific).toBe(true);
  });
});
