import { Document } from 'flexsearch';
import { describe, expect, it, vi } from 'vitest';
import { documentInternals, packSnapshot } from '../../../../main/core/search/index-snapshot.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { createTermEncoder } from '../../../../main/core/search/terms.ts';

describe('the index snapshot', () => {
  it('finds FlexSearch internals shaped as the saved format assumes (fails loudly on a FlexSearch upgrade)', () => {
    const document = new Document({
      id: 'id',
      index: [
        { field: 'title', tokenize: 'strict', resolution: 9 },
        { field: 'body', tokenize: 'strict', resolution: 1 },
      ],
    });
    document.add({ id: 1, title: 'hello world', body: 'foo bar' });
    document.add({ id: 2, title: 'world peace', body: 'bar' });

    const internals = documentInternals(document, ['title', 'body']);

    expect([...internals.reg]).toEqual([1, 2]);
    const title = internals.fields.get('title')?.map;
    expect(title?.get('world')).toEqual([[2], [1]]);
    expect(title?.get('peace')).toEqual([undefined, [2]]);
    expect(internals.fields.get('body')?.map.get('bar')).toEqual([[1, 2]]);
  });

  it('packs in slices that give the event loop back once their time is up, with the same result', async () => {
    const document = new Document({
      id: 'id',
      index: [{ field: 'body', tokenize: 'strict', resolution: 1 }],
    });
    for (let id = 1; id <= 40; id += 1)
      document.add({ id, body: Array.from({ length: 100 }, (_, w) => `w${id}x${w}`).join(' ') });
    const internals = documentInternals(document, ['body']);
    /** Packs with a clock that moves `step` ms at every reading; returns the result and the pauses taken. */
    const packWithClock = async (step: number) => {
      let now = 0;
      let pauses = 0;
      const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += step));
      try {
        const packed = await packSnapshot(internals, () => {
          pauses += 1;
          return Promise.resolve();
        });
        return { packed, pauses };
      } finally {
        clock.mockRestore();
      }
    };

    const still = await packWithClock(0);
    const running = await packWithClock(10);

    expect(running.packed).toEqual(still.packed);
    // 4,000 terms, the clock read every 256: about fifteen slices more than the steps that always pause.
    expect(running.pauses - still.pauses).toBeGreaterThanOrEqual(10);
  });

  it('refuses a document whose internals are not the expected shape', () => {
    expect(() => documentInternals({ index: new Map(), reg: new Set() }, ['title'])).toThrow(
      /internals changed/,
    );
  });

  it('restores title score buckets, holes included, so lookups rank as before', async () => {
    const index = new SearchIndex();
    index.add({ id: 1, title: 'hello world', byline: 'ann', siteName: 'a.example', body: 'x' });
    index.add({ id: 2, title: 'world peace', byline: 'bob', siteName: 'b.example', body: 'y' });
    const { postings, vocabulary } = await index.snapshot();

    const restored = new SearchIndex();
    restored.restore(postings, vocabulary, 2);

    expect(restored.lookup('title', 'world')).toEqual(index.lookup('title', 'world'));
    expect(restored.lookup('title', 'peace')).toEqual([2]);
    expect(restored.lookup('byline', 'bob')).toEqual([2]);
    expect(restored.vocabulary.frequency('world')).toBe(2);
  });

  it('counts each article once per term in the vocabulary although FlexSearch encodes each field', () => {
    const index = new SearchIndex();

    index.add({ id: 1, title: 'Orchids', byline: 'orchids', siteName: '', body: 'orchids orchids' });

    expect(index.vocabulary.frequency('orchids')).toBe(1);
    expect(index.vocabulary.expand('orc')).toEqual(['orchids']);
  });
});

describe('the direct body indexing', () => {
  /** Adds `texts` as bodies to our index and to FlexSearch strict at resolution 1; both packed body lists. */
  async function bodyListsOfBoth(
    texts: readonly string[],
    beforeAdd?: (i: number, index: SearchIndex) => void,
  ) {
    const index = new SearchIndex();
    const { encoder } = createTermEncoder();
    const reference = new Document({
      id: 'id',
      index: [{ field: 'body', tokenize: 'strict', resolution: 1, encoder }],
    });
    texts.forEach((body, i) => {
      beforeAdd?.(i, index);
      index.add({ id: i + 1, title: 'T', byline: '', siteName: '', body });
      reference.add({ id: i + 1, body });
    });
    const ours = (await index.snapshot()).postings.fields.find((f) => f.field === 'body');
    const theirs = await packSnapshot(documentInternals(reference, ['body']), () => Promise.resolve());
    expect(ours?.terms).toEqual(theirs.fields[0]?.terms);
    expect([...(ours?.words ?? [])]).toEqual([...(theirs.fields[0]?.words ?? [])]);
    return index;
  }

  it('builds the same body posting lists as FlexSearch strict tokenization at resolution 1', async () => {
    await bodyListsOfBoth([
      'Orchids bloom; orchids fade.',
      '中国中国 visited',
      'Ёлки и ели',
      '',
      'fade bloom',
    ]);
  });

  it("saves a rebuilt index's body lists as they are, and copies them once a list has changed", async () => {
    const index = new SearchIndex();
    const article = (id: number, body: string) => ({ id, title: 'T', byline: '', siteName: '', body });
    index.add(article(1, 'orchids bloom'));
    index.add(article(2, 'orchids fade'));
    const bodyOf = async () => (await index.snapshot()).postings.fields.find((f) => f.field === 'body');

    const first = await bodyOf();
    const second = await bodyOf();
    expect(second?.words).toBe(first?.words);
    expect([...(second?.starts ?? [])]).toEqual([...(first?.starts ?? [])]);

    index.add(article(3, 'orchids wilt'));
    const third = await bodyOf();
    expect(third?.words).not.toBe(first?.words);
    expect(third?.terms).toEqual(['bloom', 'fade', 'orchids', 'wilt']);
    expect(Array.from(index.postings('body', 'orchids')?.[0] ?? [])).toEqual([1, 2, 3]);
  });

  it('builds the same lists when a read comes between adds (later adds go to the packed lists)', async () => {
    const texts = ['Orchids bloom; orchids fade.', '中国中国 visited', 'fade bloom', 'new orchids', 'bloom'];
    const index = await bodyListsOfBoth(texts, (i, built) => {
      if (i === 3) expect(Array.from(built.postings('body', 'bloom')?.[0] ?? [])).toEqual([1, 3]);
    });
    expect(index.vocabulary.frequency('bloom')).toBe(3);
  });
});
