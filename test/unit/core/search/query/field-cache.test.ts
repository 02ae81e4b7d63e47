import { describe, expect, it } from 'vitest';
import { FieldCache } from '../../../../../main/core/search/query/field-cache.ts';

describe('the cache of texts read for phrase checks', () => {
  it('reads an article once while it stays cached', () => {
    const cache = new FieldCache(100);
    let reads = 0;
    const read = (): string[] => {
      reads += 1;
      return ['title', 'body text'];
    };
    cache.get(1, read);
    cache.get(1, read);
    expect(reads).toBe(1);
  });

  it('drops the least recently used article when full', () => {
    const cache = new FieldCache(40);
    const reads: number[] = [];
    const reader = (id: number) => (): string[] => {
      reads.push(id);
      return ['x'.repeat(10)];
    };
    for (const id of [1, 2, 3, 4]) cache.get(id, reader(id));
    cache.get(1, reader(1)); // 1 is now the youngest
    cache.get(5, reader(5)); // over 40 chars: 2, the oldest, leaves
    cache.get(1, reader(1));
    cache.get(2, reader(2));
    expect(reads).toEqual([1, 2, 3, 4, 5, 2]);
  });

  it('reads a forgotten article again', () => {
    const cache = new FieldCache(100);
    let text = 'old';
    cache.get(7, () => [text]);
    text = 'new';
    cache.forget(7);
    expect(cache.get(7, () => [text])).toEqual(['new']);
  });

  it('takes a body read as UTF-8 bytes and gives it back as text, read or cached', () => {
    const cache = new FieldCache(100_000);
    const body = 'Ёлка в Москве, café Straße, 東京 and 🎉 '.repeat(40);
    const read = () => ['Заголовок', '', 'site', new TextEncoder().encode(body)];

    expect(cache.get(3, read)).toEqual(['Заголовок', '', 'site', body]);
    expect(cache.get(3, read)).toEqual(['Заголовок', '', 'site', body]);
    expect(cache.peek(3)).toEqual(['Заголовок', '', 'site', body]);
  });

  it('gives a long text back exactly, in any script, from the cache and by peeking', () => {
    const cache = new FieldCache(100_000);
    const body = 'Ёлка в Москве, café Straße, 東京 and 🎉 '.repeat(40);
    let reads = 0;
    const read = (): string[] => {
      reads += 1;
      return ['Заголовок', '', 'site', body];
    };
    cache.get(3, read);
    expect(cache.get(3, read)).toEqual(['Заголовок', '', 'site', body]);
    expect(cache.peek(3)?.[3]).toBe(body);
    expect(reads).toBe(1);
  });

  it('counts a long text by its UTF-8 bytes against the limit', () => {
    // 300 Cyrillic letters are 600 bytes: over a quarter of 2,000, so the text is not kept.
    const cache = new FieldCache(2_000);
    let reads = 0;
    const read = (): string[] => {
      reads += 1;
      return ['я'.repeat(300)];
    };
    cache.get(4, read);
    cache.get(4, read);
    expect(reads).toBe(2);
  });
});
