import { describe, expect, it } from 'vitest';
import { verifyInOrder, type Candidate } from '../../../../../main/core/search/query/verify-hits.ts';

const phraseCandidate = (id: number): Candidate => ({
  id,
  score: 100 - id,
  alternatives: [{ score: 100 - id, phrases: ['red planet'], adjacent: null }],
});
const plainCandidate = (id: number): Candidate => ({
  id,
  score: 100 - id,
  alternatives: [{ score: 100 - id, phrases: [], adjacent: null }],
});

describe('verifying phrase hits in rank order', () => {
  it('stops once the page is filled and estimates the total from the pass rate', () => {
    const checked: number[] = [];
    const ordered = Array.from({ length: 40 }, (_, i) => phraseCandidate(i + 1));
    // Every other article really has the phrase.
    const result = verifyInOrder(ordered, {
      want: 5,
      excluded: null,
      hasPhrase: (id) => {
        checked.push(id);
        return id % 2 === 1;
      },
    });

    expect(result.hits.map((h) => h.id)).toEqual([1, 3, 5, 7, 9]);
    expect(checked).toHaveLength(9);
    expect(result.totalIsEstimate).toBe(true);
    // 5 of 9 passed; 31 unchecked × 5/9 ≈ 17.
    expect(result.total).toBe(5 + 17);
  });

  it('gives an exact total when every candidate was verified', () => {
    const ordered = Array.from({ length: 6 }, (_, i) => phraseCandidate(i + 1));

    const result = verifyInOrder(ordered, { want: 100, excluded: null, hasPhrase: (id) => id > 2 });

    expect(result).toMatchObject({ total: 4, totalIsEstimate: false });
    expect(result.hits.map((h) => h.id)).toEqual([3, 4, 5, 6]);
  });

  it('counts unchecked candidates that need no text exactly', () => {
    const ordered = Array.from({ length: 30 }, (_, i) => plainCandidate(i + 1));

    const result = verifyInOrder(ordered, { want: 3, excluded: null, hasPhrase: () => false });

    expect(result).toMatchObject({ total: 30, totalIsEstimate: false });
  });

  it('falls back to a weaker alternative when the best one has a phrase that is not there', () => {
    const candidate: Candidate = {
      id: 7,
      score: 50,
      alternatives: [
        { score: 50, phrases: ['red planet'], adjacent: null },
        { score: 20, phrases: [], adjacent: 'red planet' },
      ],
    };

    const result = verifyInOrder([candidate], { want: 10, excluded: null, hasPhrase: () => false });

    expect(result.hits).toEqual([{ id: 7, score: 20, alternative: candidate.alternatives[1] }]);
  });

  it('drops candidates matching an excluded phrase', () => {
    const ordered = [plainCandidate(1), plainCandidate(2), plainCandidate(3)];

    const result = verifyInOrder(ordered, { want: 10, excluded: (id) => id === 2, hasPhrase: () => true });

    expect(result.hits.map((h) => h.id)).toEqual([1, 3]);
    expect(result).toMatchObject({ total: 2, totalIsEstimate: false });
  });
});
