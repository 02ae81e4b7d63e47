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

describe('building the typo suggester ahead', () => {
  it('builds it in slices, handing back between them, and the query path then uses that one', async () => {
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(Array.from({ length: 50_000 }, (_, i) => `term${i.toString(36)}x`));
    vocabulary.addDocument(['sanctions']);
    const spelling = createSpelling(() => vocabulary);
    let yields = 0;

    await spelling.warm(() => {
      yields += 1;
      return Promise.resolve();
    });

    expect(yields).toBe(2);
    const built = spelling();
    expect(built.suggest('sanctoins')).toBe('sanctions');
    expect(spelling()).toBe(built);
  });

  it('leaves a small vocabulary to be built on first use', async () => {
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(['sanctions']);
    const spelling = createSpelling(() => vocabulary);
    await spelling.warm(() => Promise.resolve());

    vocabulary.addDocument(['diplomats']);

    expect(spelling().suggest('diplomast')).toBe('diplomats');
  });

  it('drops what it built when the vocabulary changed meanwhile', async () => {
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(Array.from({ length: 30_000 }, (_, i) => `term${i.toString(36)}x`));
    const spelling = createSpelling(() => vocabulary);

    await spelling.warm(() => {
      vocabulary.addDocument(['diplomats']);
      return Promise.resolve();
    });

    expect(spelling().suggest('diplomast')).toBe('diplomats');
  });
});
