/** A position in graph units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

interface Edge {
  readonly source: string;
  readonly target: string;
}

// The ideal distance between linked nodes, in graph units.
const spacing = 60;

/**
 * Places nodes with a small Fruchterman–Reingold layout: nodes repel, edges pull, the centre stays
 * at the origin. Deterministic (a spiral start, no randomness), so the same graph looks the same.
 */
export function forceLayout(
  keys: readonly string[],
  edges: readonly Edge[],
  centre: string,
  iterations = 160,
): Map<string, Point> {
  const index = new Map(keys.map((key, i) => [key, i]));
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  keys.forEach((_, i) => {
    // A golden-angle spiral spreads the start evenly without random numbers.
    const radius = spacing * Math.sqrt(i);
    x[i] = radius * Math.cos(i * 2.399963);
    y[i] = radius * Math.sin(i * 2.399963);
  });
  const pairs = edges.flatMap((edge) => {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  const pinned = index.get(centre) ?? -1;
  const dx = new Float64Array(keys.length);
  const dy = new Float64Array(keys.length);
  let temperature = spacing * 2;
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < keys.length; i++) {
      // Locals, not typed-array reads, in the n² loop: it runs 20 000 times a step at 200 nodes.
      const xi = x[i] ?? 0;
      const yi = y[i] ?? 0;
      let sx = 0;
      let sy = 0;
      for (let j = i + 1; j < keys.length; j++) {
        const ox = xi - (x[j] ?? 0);
        const oy = yi - (y[j] ?? 0);
        const push = (spacing * spacing) / Math.max(ox * ox + oy * oy, 1);
        sx += ox * push;
        sy += oy * push;
        dx[j] = (dx[j] ?? 0) - ox * push;
        dy[j] = (dy[j] ?? 0) - oy * push;
      }
      dx[i] = (dx[i] ?? 0) + sx;
      dy[i] = (dy[i] ?? 0) + sy;
    }
    for (const [a, b] of pairs) {
      const ox = (x[a] ?? 0) - (x[b] ?? 0);
      const oy = (y[a] ?? 0) - (y[b] ?? 0);
      const pull = Math.sqrt(ox * ox + oy * oy) / spacing;
      dx[a] = (dx[a] ?? 0) - ox * pull;
      dy[a] = (dy[a] ?? 0) - oy * pull;
      dx[b] = (dx[b] ?? 0) + ox * pull;
      dy[b] = (dy[b] ?? 0) + oy * pull;
    }
    for (let i = 0; i < keys.length; i++) {
      if (i === pinned) continue;
      const mx = dx[i] ?? 0;
      const my = dy[i] ?? 0;
      const length = Math.max(Math.sqrt(mx * mx + my * my), 1e-9);
      const move = Math.min(length, temperature);
      x[i] = (x[i] ?? 0) + (mx / length) * move;
      y[i] = (y[i] ?? 0) + (my / length) * move;
    }
    temperature = Math.max(temperature * 0.97, 1);
  }
  if (pinned >= 0) {
    const [cx, cy] = [x[pinned] ?? 0, y[pinned] ?? 0];
    for (let i = 0; i < keys.length; i++) {
      x[i] = (x[i] ?? 0) - cx;
      y[i] = (y[i] ?? 0) - cy;
    }
  }
  return new Map(keys.map((key, i) => [key, { x: x[i] ?? 0, y: y[i] ?? 0 }]));
}
