import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpelling } from '../../../../main/core/search/correct-query.ts';
import { Vocabulary } from '../../../../main/core/search/vocabulary.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('keeping the typo suggester current', () => {
  it('builds it on first use and keeps answering with it while a rebuild waits', () => {
    vi.useFakeTimers();
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(['sanctions']);
    const spelling = createSpelling(() => vocabulary, 1_000);

    const first = spelling();
    expect(first.suggest('sanctoins')).toBe('sanctions');
    vocabulary.addDocument(['diplomats']);

    // The query path never rebuilds: the previous suggester answers until the background rebuild.
    expect(spelling()).toBe(first);
    expect(spelling().suggest('diplomast')).toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(spelling()).not.toBe(first);
    expect(spelling().suggest('diplomast')).toBe('diplomats');
  });

  it('rebuilds once for many changes in a row', () => {
    vi.useFakeTimers();
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(['alpha']);
    const spelling = createSpelling(() => vocabulary, 1_000);
    const first = spelling();

    for (const word of ['bravo', 'charlie', 'delta']) {
      vocabulary.addDocument([word]);
      spelling();
    }
    vi.advanceTimersByTime(1_000);
    const rebuilt = spelling();

    expect(rebuilt).not.toBe(first);
    expect(spelling()).toBe(rebuilt);
  });

  it('builds at once for a replaced vocabulary (a rebuilt index)', () => {
    let vocabulary = new Vocabulary();
    vocabulary.addDocument(['alpha']);
    const spelling = createSpelling(() => vocabulary, 1_000);
    const first = spelling();

    vocabulary = new Vocabulary();
    vocabulary.addDocument(['glacier']);

    expect(spelling()).not.toBe(first);
    expect(spelling().suggest('glaceir')).toBe('glacier');
  });
});
