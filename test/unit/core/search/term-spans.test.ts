import { describe, expect, it } from 'vitest';
import { TermSpans } from '../../../../main/core/search/term-spans.ts';

describe('the terms and spans of a save', () => {
  it('keeps every term and span when more arrive than expected, and totals their words', () => {
    const spans = new TermSpans(2);
    for (let k = 0; k < 40; k += 1) spans.push(`t${k}`, k % 3 === 0 ? -1 : k * 10, k + 2);

    expect(spans.count).toBe(40);
    expect(spans.terms()).toEqual(Array.from({ length: 40 }, (_, k) => `t${k}`));
    expect([spans.start(3), spans.start(4), spans.length(39)]).toEqual([-1, 40, 41]);
    expect(spans.totalWords()).toBe(Array.from({ length: 40 }, (_, k) => k + 2).reduce((a, b) => a + b));
  });

  it('returns only the terms pushed when fewer arrive than expected', () => {
    const spans = new TermSpans(10);
    spans.push('a', 0, 3);

    expect(spans.terms()).toEqual(['a']);
    expect(spans.totalWords()).toBe(3);
  });
});
