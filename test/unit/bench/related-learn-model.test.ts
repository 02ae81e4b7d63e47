import { describe, expect, it } from 'vitest';
import { chooseCut } from '../../bench/related-learn-loso.ts';
import { defaultLogisticOptions, trainLogistic } from '../../bench/related-learn-model.ts';
import type { SetArticle } from '../../bench/related-signals.ts';

/** Two clouds in the plane, a fixed lattice (no randomness): positives around (3, 3), negatives around (-3, -3). */
function clouds(): { rows: number[][]; labels: number[] } {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 5; i += 1)
    for (let j = 0; j < 5; j += 1) {
      rows.push([3 + (i - 2) / 2, 3 + (j - 2) / 2]);
      labels.push(1);
      rows.push([-3 + (i - 2) / 2, -3 + (j - 2) / 2]);
      labels.push(0);
    }
  return { rows, labels };
}

const query = (file: string, relevant: string[], traps: string[] = []): SetArticle => ({
  file,
  set: 's',
  lang: 'en',
  cluster: relevant.length > 0 ? 'c' : null,
  heldOut: false,
  singleton: relevant.length === 0,
  relevant: new Set(relevant),
  trapPartners: new Set(traps),
});

describe('the related-stories learner', () => {
  it('separates two linearly separable clouds: every positive above 0.5, every negative below', () => {
    const { rows, labels } = clouds();
    const model = trainLogistic(rows, labels);
    rows.forEach((row, i) => {
      expect(model.predict(row) > 0.5).toBe(labels[i] === 1);
    });
    expect(model.predict([2, 2])).toBeGreaterThan(0.9);
    expect(model.predict([-2, -2])).toBeLessThan(0.1);
  });

  it('gives the same weights on every run for the same rows', () => {
    const { rows, labels } = clouds();
    expect(trainLogistic(rows, labels).weights).toEqual(trainLogistic(rows, labels).weights);
  });

  it('learns nothing from a feature that never varies', () => {
    const { rows, labels } = clouds();
    const model = trainLogistic(
      rows.map((r) => [...r, 7]),
      labels,
    );
    expect(model.weights[2]).toBe(0);
  });

  it('leans towards the positives when they weigh more', () => {
    const rows = [[0], [0], [1]];
    const labels = [1, 0, 0];
    const even = trainLogistic(rows, labels).predict([0]);
    const heavy = trainLogistic(rows, labels, { ...defaultLogisticOptions, positiveWeight: 4 }).predict([0]);
    expect(heavy).toBeGreaterThan(even);
  });

  it('chooses the display cut that keeps the partner and drops the trap below it', () => {
    const queries = [query('q', ['p'], ['t'])];
    const ranked = new Map([
      [
        'q',
        [
          { file: 'p', score: 0.8 },
          { file: 't', score: 0.4 },
        ],
      ],
    ]);
    const chosen = chooseCut(queries, ranked, 0);
    const line = Math.max(chosen.cut, chosen.share * 0.8);
    expect(line).toBeGreaterThan(0.4);
    expect(line).toBeLessThanOrEqual(0.8);
  });
});
