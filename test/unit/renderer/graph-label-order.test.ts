import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { ArticleGraph, GraphNode } from '../../../main/shared/thread-types.ts';
import { labelOrder } from '../../../renderer/components/graph-label-order.ts';
import { fitToFrame, toScreen } from '../../../renderer/components/graph-screen.ts';

const article = (key: string, depth: number): GraphNode => ({
  key,
  kind: 'article',
  articleId: Number(key.slice(1)) as ArticleId,
  label: key,
  siteName: null,
  depth,
});
const link = (source: string, target: string): ArticleGraph['edges'][number] => ({
  source,
  target,
  kind: 'link',
  type: 'follow-up',
});
// a1 is the centre; a2 and a3 its neighbours; a4 hangs off a3, a5 off a2.
const graph: ArticleGraph = {
  centreKey: 'a1',
  nodes: [article('a1', 0), article('a2', 1), article('a3', 1), article('a5', 2), article('a4', 2)],
  edges: [link('a1', 'a2'), link('a1', 'a3'), link('a3', 'a4'), link('a2', 'a5')],
  truncated: false,
};

describe('which graph nodes get labels first', () => {
  it('labels the centre, then its neighbours, then the rest in order of relevance', () => {
    expect(labelOrder(graph, null)).toEqual([
      { key: 'a1', forced: true },
      { key: 'a2', forced: false },
      { key: 'a3', forced: false },
      { key: 'a5', forced: false },
      { key: 'a4', forced: false },
    ]);
  });

  it('puts the hovered node and its neighbours before the centre’s other neighbours', () => {
    expect(labelOrder(graph, 'a4').map((wish) => wish.key)).toEqual(['a4', 'a1', 'a3', 'a2', 'a5']);
    expect(
      labelOrder(graph, 'a4')
        .filter((wish) => wish.forced)
        .map((wish) => wish.key),
    ).toEqual(['a4', 'a1']);
  });
});

describe('fitting the graph to its frame', () => {
  it('shrinks a wide layout into the frame and keeps the user’s zoom around the frame’s middle', () => {
    const points = [
      { x: -1000, y: 0 },
      { x: 1000, y: 100 },
    ];
    const frame = { width: 856, height: 480 };
    const fit = fitToFrame(points, frame);

    expect(toScreen({ x: -1000, y: 0 }, fit, { scale: 1, x: 0, y: 0 }, frame).x).toBeCloseTo(28);
    expect(toScreen({ x: 1000, y: 0 }, fit, { scale: 1, x: 0, y: 0 }, frame).x).toBeCloseTo(828);
    expect(toScreen({ x: 0, y: 50 }, fit, { scale: 4, x: 0, y: 0 }, frame)).toEqual({ x: 428, y: 240 });
  });

  it('does not blow a small graph up past one and a half times its size', () => {
    expect(fitToFrame([{ x: 10, y: 10 }], { width: 900, height: 500 }).pixelsPerUnit).toBe(1.5);
  });
});
