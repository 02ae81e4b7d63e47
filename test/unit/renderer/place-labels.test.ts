import { describe, expect, it } from 'vitest';
import {
  labelHeight,
  placeLabels,
  type Box,
  type LabelCandidate,
} from '../../../renderer/components/place-labels.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { placeLabelsByScan } from './support/place-labels-reference.ts';

const frame = { width: 800, height: 480 };
const at = (key: string, x: number, y: number, forced = false): LabelCandidate => ({
  key,
  x,
  y,
  width: 150,
  forced,
});

describe('graph labels', () => {
  it('leaves out a label that would cover one already placed, rather than drawing both', () => {
    const placed = placeLabels([at('a', 100, 100), at('b', 100, 110), at('c', 100, 300)], frame);

    expect(placed.map((label) => label.key)).toEqual(['a', 'c']);
  });

  it('puts a label left of its node when the right side would run off the frame', () => {
    const [label] = placeLabels([at('edge', 760, 200)], frame);

    expect(label?.side).toBe('left');
    expect((label?.x ?? 0) + 150).toBeLessThanOrEqual(760);
  });

  it('always draws a forced label, first, and shifts it inside a frame too narrow for either side', () => {
    const placed = placeLabels([at('near', 100, 100), at('hovered', 105, 100, true)], {
      width: 200,
      height: 200,
    });

    expect(placed.map((label) => label.key)).toEqual(['hovered']);
    expect(placed[0]?.x).toBe(50);
  });

  it('does not cover another node with a label: one with no room either side is left out', () => {
    // a's label would run over b's node on the right, and off the frame on the left.
    const placed = placeLabels([at('a', 100, 100), at('b', 180, 100 + labelHeight / 4)], frame);

    expect(placed).toEqual([{ key: 'b', side: 'right', x: 192 }]);
  });

  it('keeps labels out of a reserved corner (the zoom buttons)', () => {
    const corner = { left: 650, right: 800, top: 0, bottom: 48 };

    expect(placeLabels([at('under', 600, 20)], frame, [corner])).toEqual([
      { key: 'under', side: 'left', x: 438 },
    ]);
    expect(placeLabels([at('under', 600, 20)], frame)).toEqual([{ key: 'under', side: 'right', x: 612 }]);
  });
});

/**
 * A random graph on screen as the graph view makes one: `count` nodes, some beyond the frame (panned
 * or zoomed), some on the same spot or on the grid's cell edges, labels of many widths, a few forced.
 */
function randomLayout(random: () => number, count: number): LabelCandidate[] {
  const pick = (values: readonly number[]): number => values[Math.floor(random() * values.length)] ?? 0;
  return Array.from({ length: count }, (_, index): LabelCandidate => {
    const onEdges = random() < 0.2;
    const x = onEdges ? pick([0, 40, 80, 400, 800]) : random() * 1000 - 100;
    const y = onEdges ? pick([0, 8, 40, 48, 480]) : random() * 640 - 80;
    return { key: `n${index}`, x, y, width: pick([0, 24, 60, 150, 420, 900]), forced: random() < 0.03 };
  });
}

describe('graph labels placed through a grid', () => {
  it('places exactly the labels the one-by-one scan placed, on 300 random layouts of up to 500 nodes', () => {
    const random = seededRandom(23);
    const corner: Box = { left: 650, right: 800, top: 0, bottom: 48 };
    for (let layout = 0; layout < 300; layout++) {
      const candidates = randomLayout(random, 1 + Math.floor(random() * (layout % 10 === 0 ? 500 : 80)));
      const size = layout % 3 === 0 ? { width: 320, height: 200 } : frame;
      const reserved = layout % 2 === 0 ? [corner] : [];
      const expected = placeLabelsByScan(candidates, size, reserved);
      // A test that passes by placing nothing proves nothing.
      if (layout === 0) expect(expected.length).toBeGreaterThan(0);
      expect(placeLabels(candidates, size, reserved), `layout ${layout}`).toEqual(expected);
    }
  });
});
