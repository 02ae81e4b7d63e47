import { describe, expect, it } from 'vitest';
import { measuredQuantities } from '../../../../main/core/related/measured-quantities.ts';
import { numbersAndDates } from '../../../../main/core/related/numbers-and-dates.ts';
import { durations } from '../../../../main/core/related/durations.ts';

// Review of round 59: the figure patterns ran in time quadratic in a run of their own pieces. A run of
// space-grouped numbers ("123 123 …") was read from each group to its end as one figure (100 KB: 8 s,
// 1 MB: minutes), and a month name was sought from each letter of a word without spaces (20 KB of
// Cyrillic letters: 6 s), on the main thread, before any cap on the text. Here each reads 300 KB.

const size = 300_000;
const run = (piece: string): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

describe('the figures of a long run of figure-like text', () => {
  it('are read in one pass over space-grouped numbers, and a measure after the run is still read', () => {
    expect(measuredQuantities(run('123 '), 'en')).toEqual(new Map());
    expect([...new Set(measuredQuantities(`${run('123 ')}. 12 km`, 'ru').values())]).toEqual(['12 km']);
    expect(numbersAndDates(run('123 ')).size).toBeLessThanOrEqual(1);
  });

  it('are read in one pass over digits, commas and points', () => {
    for (const piece of ['1', '1,', '1.', '123,', '1 '])
      expect(measuredQuantities(run(piece), null)).toEqual(new Map());
  });

  it('are read in one pass over a word without spaces', () => {
    expect(numbersAndDates(`3 марта ${run('м')}`)).toEqual(new Map([['d:03-03', '3 марта']]));
    expect(durations(run('a'))).toEqual(new Map());
  });

  it('still read a grouped figure of up to four thousands-groups', () => {
    expect([...new Set(measuredQuantities('1 234 567 hectares', 'en').values())]).toEqual([
      '1 234 567 hectares',
    ]);
  });
});
