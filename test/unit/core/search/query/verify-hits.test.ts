import { describe, expect, it } from 'vitest';
import {
  minReads,
  verifyInOrder,
  type Candidate,
  type CandidateSequence,
} from '../../../../../main/core/search/query/verify-hits.ts';

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

describe('verifying phrase hits within a time budget', () => {
  const ordered = Array.from({ length: 100 }, (_, i) => phraseCandidate(i + 1));

  it('stops past the deadline after a minimum of text reads, and says the answer is incomplete', () => {
    let reads = 0;
    const result = verifyInOrder(ordered, {
      want: 40,
      excluded: null,
      hasPhrase: (id) => {
        reads += 1;
        return id % 4 === 0;
      },
      deadline: performance.now() - 1,
      wouldRead: () => true,
    });

    expect(reads).toBe(minReads);
    expect(result.complete).toBe(false);
    expect(result.hits.map((h) => h.id)).toEqual([4, 8, 12, 16]);
  });

  it('never stops for answers already known, so a repeated call gets further', () => {
    const known = new Set(Array.from({ length: 60 }, (_, i) => i + 1));
    const result = verifyInOrder(ordered, {
      want: 40,
      excluded: null,
      hasPhrase: (id) => id % 4 === 0,
      deadline: performance.now() - 1,
      wouldRead: (candidate) => !known.has(candidate.id),
    });

    // 60 known answers, then the minimum of fresh reads.
    expect(result.hits.at(-1)?.id).toBe(76);
    expect(result.complete).toBe(false);
  });

  it('is complete when the page fills before the deadline', () => {
    const result = verifyInOrder(ordered, {
      want: 3,
      excluded: null,
      hasPhrase: () => true,
      deadline: performance.now() + 60_000,
      wouldRead: () => true,
    });

    expect(result.hits).toHaveLength(3);
    expect(result.complete).toBe(true);
  });
});

describe('screening candidates before their alternatives are built', () => {
  /** 40 phrase candidates whose `at` records what was built, and whose `idAt` costs nothing. */
  const screenedSequence = (built: number[]): CandidateSequence => ({
    length: 40,
    withPhrases: 40,
    at: (rank) => {
      built.push(rank + 1);
      return phraseCandidate(rank + 1);
    },
    idAt: (rank) => (rank < 40 ? rank + 1 : undefined),
  });

  it('skips a screened-out candidate without building it or checking its text', () => {
    const built: number[] = [];
    const checked: number[] = [];
    const result = verifyInOrder(screenedSequence(built), {
      want: 3,
      excluded: null,
      hasPhrase: (id) => {
        checked.push(id);
        return true;
      },
      screen: (id) => id % 5 === 0,
    });

    expect(result.hits.map((h) => h.id)).toEqual([5, 10, 15]);
    expect(built).toEqual([5, 10, 15]);
    expect(checked).toEqual([5, 10, 15]);
  });

  it('counts screened-out candidates as failed checks in the estimated total', () => {
    const result = verifyInOrder(screenedSequence([]), {
      want: 2,
      excluded: null,
      hasPhrase: () => true,
      screen: (id) => id % 5 === 0,
    });

    // 2 of the first 10 passed; 30 unchecked × 2/10 = 6.
    expect(result).toMatchObject({ total: 2 + 6, totalIsEstimate: true });
    expect(result.progress).toMatchObject({ rank: 10, checked: 10, uncertainChecked: 10 });
  });

  it('reads no text for screened-out candidates, so the deadline never stops on them', () => {
    let reads = 0;
    const result = verifyInOrder(screenedSequence([]), {
      want: 40,
      excluded: null,
      hasPhrase: () => {
        reads += 1;
        return false;
      },
      screen: (id) => id > 36,
      deadline: performance.now() - 1,
      wouldRead: () => true,
    });

    expect(reads).toBe(4);
    expect(result).toMatchObject({ complete: true, total: 0, totalIsEstimate: false });
  });
});
