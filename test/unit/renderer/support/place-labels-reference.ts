import {
  labelGap,
  labelHeight,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
} from '../../../../renderer/components/place-labels.ts';

// The first placeLabels, kept as written (O(n²): every placed label and every node per candidate):
// the grid version must place exactly the same labels.

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function boxOf(candidate: LabelCandidate, side: PlacedLabel['side']): Box {
  const top = candidate.y - labelHeight / 2;
  const bottom = candidate.y + labelHeight / 2;
  return side === 'right'
    ? { left: candidate.x + labelGap, right: candidate.x + labelGap + candidate.width, top, bottom }
    : { left: candidate.x - labelGap - candidate.width, right: candidate.x - labelGap, top, bottom };
}

const nodeRoom = 6;

/** The placements of the quadratic algorithm the grid replaced. */
export function placeLabelsByScan(
  candidates: readonly LabelCandidate[],
  frame: { readonly width: number; readonly height: number },
  reserved: readonly Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...reserved];
  const inside = (box: Box): boolean =>
    box.left >= 0 && box.right <= frame.width && box.top >= 0 && box.bottom <= frame.height;
  const coversNode = (box: Box, own: LabelCandidate): boolean =>
    candidates.some(
      (other) =>
        other !== own &&
        overlaps(box, {
          left: other.x - nodeRoom,
          right: other.x + nodeRoom,
          top: other.y - nodeRoom,
          bottom: other.y + nodeRoom,
        }),
    );
  const ordered = [...candidates.filter((c) => c.forced), ...candidates.filter((c) => !c.forced)];
  for (const candidate of ordered) {
    const sides: readonly PlacedLabel['side'][] = ['right', 'left'];
    const fits = sides.find((side) => {
      const box = boxOf(candidate, side);
      return inside(box) && !taken.some((other) => overlaps(box, other)) && !coversNode(box, candidate);
    });
    if (fits !== undefined) {
      const box = boxOf(candidate, fits);
      placed.push({ key: candidate.key, side: fits, x: box.left });
      taken.push(box);
    } else if (candidate.forced) {
      const box = boxOf(candidate, 'right');
      const x = Math.max(0, Math.min(box.left, frame.width - candidate.width));
      placed.push({ key: candidate.key, side: 'right', x });
      taken.push({ ...box, left: x, right: x + candidate.width });
    }
  }
  return placed;
}
