import type { ArticleGraph } from '../../main/shared/thread-types.ts';

/** A node to label, and whether its label is drawn even over another. */
export interface LabelWish {
  readonly key: string;
  readonly forced: boolean;
}

/**
 * The order in which the graph's nodes get labels: the highlighted node (hovered or focused) and
 * the centre always, then their neighbours, then the rest by relevance (the order of the nodes).
 */
export function labelOrder(graph: ArticleGraph, highlighted: string | null): LabelWish[] {
  const neighboursOf = (key: string | null): string[] =>
    key === null
      ? []
      : graph.edges.flatMap((edge) =>
          edge.source === key ? [edge.target] : edge.target === key ? [edge.source] : [],
        );
  const forced = [highlighted, graph.centreKey].filter((key) => key !== null);
  const keys = new Set<string>([
    ...forced,
    ...neighboursOf(highlighted),
    ...neighboursOf(graph.centreKey),
    ...graph.nodes.map((node) => node.key),
  ]);
  return [...keys].map((key) => ({ key, forced: forced.includes(key) }));
}
