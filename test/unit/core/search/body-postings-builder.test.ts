import { describe, expect, it } from 'vitest';
import { BodyPostingsBuilder, sealBuilderSteps } from '../../../../main/core/search/body-postings-builder.ts';
import { unpackBuckets, type PackedPostings } from '../../../../main/core/search/lazy-postings.ts';
import { SortedTerms } from '../../../../main/core/search/sorted-terms.ts';
import { Vocabulary } from '../../../../main/core/search/vocabulary.ts';

/** Runs a seal's steps to the end, counting them. */
function sealed(builder: BodyPostingsBuilder) {
  const steps = builder.sealSteps();
  for (let count = 1; ; count += 1) {
    const step = steps.next();
    if (step.done === true) return { ...step.value, steps: count };
  }
}

describe('body posting lists built in typed arrays', () => {
  it('packs each term once per article, terms sorted, ids in the order they were added', () => {
    const builder = new BodyPostingsBuilder();
    builder.add(7, ['storm', 'rain', 'storm']);
    builder.add(3, ['rain', '', 'ёлки']);
    builder.add(9, ['apple']);

    const { postings, counts } = sealed(builder);

    expect(postings.terms).toEqual(['apple', 'rain', 'storm', 'ёлки']);
    expect([...counts]).toEqual([1, 2, 1, 1]);
    const lists = postings.terms.map((_, i) => unpackBuckets(postings.words, postings.starts[i] ?? 0));
    expect(lists).toEqual([[[9]], [[7, 3]], [[7]], [[3]]]);
  });

  it('hands the lists and the vocabulary one packed term list, keeping no string per term', () => {
    const builder = new BodyPostingsBuilder();
    builder.add(7, ['storm', 'rain', 'storm']);
    builder.add(3, ['rain', 'ёлки']);
    const vocabulary = new Vocabulary();
    vocabulary.addDistinct(['rain']); // a word met in a title too
    let installed: Required<PackedPostings> | null = null;

    const steps = sealBuilderSteps(builder, (postings) => (installed = postings), vocabulary);
    while (steps.next().done !== true);

    const terms = (installed as Required<PackedPostings> | null)?.terms;
    expect(terms).toBeInstanceOf(SortedTerms);
    expect(terms?.indexOf('storm')).toBe(1);
    expect(['rain', 'storm', 'ёлки', 'snow'].map((term) => vocabulary.frequency(term))).toEqual([3, 1, 1, 0]);
  });

  it('counts the distinct terms of an article and tells which terms the article being added has', () => {
    const builder = new BodyPostingsBuilder();

    expect(builder.add(1, ['a', 'b', 'a', ''])).toBe(2);
    expect(builder.has('b', 1)).toBe(true);
    expect(builder.add(2, ['a'])).toBe(1);
    expect(builder.has('b', 2)).toBe(false);
    expect(builder.has('zzz', 2)).toBe(false);
  });

  it('keeps articles that span more than one storage chunk', () => {
    const builder = new BodyPostingsBuilder();
    const many = Array.from({ length: 6_000 }, (_, i) => `t${i}`);
    for (let id = 1; id <= 1_500; id += 1) builder.add(id, id % 2 === 0 ? many : ['odd', 't1']);

    const { postings, counts } = sealed(builder);

    const at = postings.terms.indexOf('t1');
    expect(counts[at]).toBe(1_500);
    const ids = unpackBuckets(postings.words, postings.starts[at] ?? 0)[0];
    expect(ids).toEqual(Array.from({ length: 1_500 }, (_, i) => i + 1));
  });

  it('seals 40,000 articles in several steps, each term listing its articles in order', () => {
    const builder = new BodyPostingsBuilder();
    for (let id = 1; id <= 40_000; id += 1) builder.add(id, [`t${id % 997}`, `u${id % 31}`, 'all']);

    const { postings, counts, steps } = sealed(builder);

    expect(steps).toBeGreaterThan(2);
    const at = postings.terms.indexOf('u5');
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1).filter((id) => id % 31 === 5);
    expect(counts[at]).toBe(ids.length);
    expect(unpackBuckets(postings.words, postings.starts[at] ?? 0)[0]).toEqual(ids);
    expect(counts[postings.terms.indexOf('all')]).toBe(40_000);
  });
});
