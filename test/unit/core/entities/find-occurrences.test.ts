import { describe, expect, it } from 'vitest';
import { findOccurrences } from '../../../../main/core/entities/find-occurrences.ts';

describe('findOccurrences', () => {
  it('finds a name whatever its case and accents, with offsets into the original text', () => {
    const text = 'Then ANGELA MERKEL spoke; later Angela Merkël left.';
    const found = findOccurrences(text, ['Angela Merkel']);

    expect(found.map((o) => o.text)).toEqual(['ANGELA MERKEL', 'Angela Merkël']);
    for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.text);
  });

  it('matches whole words only', () => {
    expect(findOccurrences('Parisian cafés, not Paris itself.', ['Paris']).map((o) => o.start)).toEqual([20]);
  });

  it('prefers the longest of overlapping names and aliases', () => {
    const found = findOccurrences('Vladimir Putin met Putin.', ['Putin', 'Vladimir Putin']);

    expect(found.map((o) => o.text)).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('keeps offsets right after a letter that folds to two (ß → ss)', () => {
    const text = 'Die Straße nach Köln.';
    const [found] = findOccurrences(text, ['koln']);

    expect(found?.text).toBe('Köln');
  });

  it('matches across a line break where the name has a space', () => {
    expect(findOccurrences('Angela\nMerkel', ['Angela Merkel'])).toHaveLength(1);
  });
});
