import { describe, expect, it } from 'vitest';
import { labelHeight, placeLabels, type LabelCandidate } from '../../../renderer/components/place-labels.ts';

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
