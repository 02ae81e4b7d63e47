import type { View } from '../hooks/use-zoom-pan.ts';
import type { Point } from './force-layout.ts';

/** A frame's size in screen pixels. */
export interface Frame {
  readonly width: number;
  readonly height: number;
}

/** How layout units map to the frame at the fitted view: the layout's middle, and pixels per unit. */
export interface Fit {
  readonly cx: number;
  readonly cy: number;
  readonly pixelsPerUnit: number;
}

// Room kept free around the fitted graph, in pixels; and the most a small graph is blown up.
const margin = 28;
const maxPixelsPerUnit = 1.5;

/** Fits the laid-out points into the frame, without blowing a small graph up. */
export function fitToFrame(points: readonly Point[], frame: Frame): Fit {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [left, right, top, bottom] = [
    Math.min(0, ...xs),
    Math.max(0, ...xs),
    Math.min(0, ...ys),
    Math.max(0, ...ys),
  ];
  const across = Math.max(right - left, 1);
  const down = Math.max(bottom - top, 1);
  const pixelsPerUnit = Math.max(
    Math.min((frame.width - 2 * margin) / across, (frame.height - 2 * margin) / down, maxPixelsPerUnit),
    0.01,
  );
  return { cx: (left + right) / 2, cy: (top + bottom) / 2, pixelsPerUnit };
}

/** Where a layout point is drawn in the frame, in pixels, under the fit and the user's zoom and pan. */
export function toScreen(point: Point, fit: Fit, view: View, frame: Frame): Point {
  const scale = fit.pixelsPerUnit * view.scale;
  return {
    x: frame.width / 2 + (point.x - fit.cx) * scale + view.x,
    y: frame.height / 2 + (point.y - fit.cy) * scale + view.y,
  };
}
