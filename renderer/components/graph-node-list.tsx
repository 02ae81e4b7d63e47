import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleGraph, GraphNode } from '../../main/shared/thread-types.ts';
import { GraphNodeItem } from './graph-node-item.tsx';

interface Props {
  readonly graph: ArticleGraph;
  readonly onNode: (node: GraphNode) => void;
  /** A node hovered in the list is shown in the graph above (null: none). */
  readonly onHover: (key: string | null) => void;
  /** A node focused in the list is shown in the graph above, brought into view (null: none). */
  readonly onFocusNode: (key: string | null) => void;
  readonly onOpenArticle: (id: ArticleId) => void;
}

const steps = ['This article', 'One step away', 'Two steps away', 'Three steps away'];

/** The graph's nodes as lists of buttons, for the keyboard and screen readers. */
export function GraphNodeList({ graph, onNode, onHover, onFocusNode, onOpenArticle }: Props): ReactNode {
  const articles = graph.nodes.filter((node) => node.kind === 'article' && node.key !== graph.centreKey);
  const entities = graph.nodes.filter((node) => node.kind === 'entity');
  return (
    <div className="graph-lists">
      <section aria-label="Articles in the graph">
        <h3>Articles ({articles.length})</h3>
        <ul>
          {articles.map((node) =>
            node.kind === 'article' ? (
              <GraphNodeItem
                key={node.key}
                node={node}
                detail={steps[node.depth] ?? ''}
                onNode={onNode}
                onHover={onHover}
                onFocusNode={onFocusNode}
                onOpenArticle={onOpenArticle}
              />
            ) : null,
          )}
        </ul>
      </section>
      <section aria-label="Entities in the graph">
        <h3>Entities ({entities.length})</h3>
        <ul>
          {entities.map((node) => (
            <GraphNodeItem
              key={node.key}
              node={node}
              detail={node.entityType}
              onNode={onNode}
              onHover={onHover}
              onFocusNode={onFocusNode}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
