import { describe, expect, it } from 'vitest';
import { fillMonths } from '../../../renderer/components/timeline-months.ts';

describe('the months of an entity timeline', () => {
  it('fills quiet months between the first and the last with zero, across a new year', () => {
    const filled = fillMonths([
      { period: '2023-11', mentions: 2 },
      { period: '2024-02', mentions: 5 },
    ]);
    expect(filled).toEqual([
      { period: '2023-11', mentions: 2 },
      { period: '2023-12', mentions: 0 },
      { period: '2024-01', mentions: 0 },
      { period: '2024-02', mentions: 5 },
    ]);
  });

  it('leaves a single month and an empty timeline as they are', () => {
    expect(fillMonths([{ period: '2024-03', mentions: 1 }])).toEqual([{ period: '2024-03', mentions: 1 }]);
    expect(fillMonths([])).toEqual([]);
  });

  it('does not fill spans of more than twenty years, or periods it cannot read', () => {
    const far = [
      { period: '1990-01', mentions: 1 },
      { period: '2024-01', mentions: 1 },
    ];
    expect(fillMonths(far)).toEqual(far);
    const odd = [
      { period: 'unknown', mentions: 1 },
      { period: '2024-01', mentions: 1 },
    ];
    expect(fillMonths(odd)).toEqual(odd);
  });
});
