import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../../renderer/components/force-layout.ts';

const distance = (a?: { x: number; y: number }, b?: { x: number; y: number }): number =>
  Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));

describe('graph force layout', () => {
  it('keeps the centre at the origin, places linked nodes nearer than unlinked ones, and repeats itself', () => {
    const keys = ['c', 'a', 'b', 'far1', 'far2', 'far3'];
    const edges = [
      { source: 'c', target: 'a' },
      { source: 'a', target: 'b' },
      { source: 'far1', target: 'far2' },
    ];

    const first = forceLayout(keys, edges, 'c');
    const second = forceLayout(keys, edges, 'c');

    expect(first.get('c')).toEqual({ x: 0, y: 0 });
    expect(distance(first.get('a'), first.get('b'))).toBeLessThan(
      distance(first.get('a'), first.get('far3')),
    );
    expect(distance(first.get('c'), first.get('a'))).toBeGreaterThan(20);
    expect([...second]).toEqual([...first]);
  });

  it('spreads 200 nodes apart: no two end up on top of each other', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const edges = keys.slice(1).map((key, i) => ({ source: key, target: `n${Math.floor(i / 8)}` }));

    const points = [...forceLayout(keys, edges, 'n0').values()];

    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, distance(points[i], points[j]));
    expect(closest).toBeGreaterThan(5);
  });
});
