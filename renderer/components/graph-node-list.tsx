import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleGraph, GraphNode } from '../../main/shared/thread-types.ts';

interface Props {
  readonly graph: ArticleGraph;
  readonly onNode: (node: GraphNode) => void;
  readonly onOpenArticle: (id: ArticleId) => void;
}

const steps = ['This article', 'One step away', 'Two steps away', 'Three steps away'];

/** The graph's nodes as lists of buttons, for the keyboard and screen readers. */
export function GraphNodeList({ graph, onNode, onOpenArticle }: Props): ReactNode {
  const articles = graph.nodes.filter((node) => node.kind === 'article' && node.key !== graph.centreKey);
  const entities = graph.nodes.filter((node) => node.kind === 'entity');
  return (
    <div className="graph-lists">
      <section aria-label="Articles in the graph">
        <h3>Articles ({articles.length})</h3>
        <ul>
          {articles.map((node) =>
            node.kind === 'article' ? (
              <li key={node.key}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onNode(node);
                  }}
                >
                  {node.label}
                </button>{' '}
                <span className="graph-step">{steps[node.depth] ?? ''}</span>{' '}
                <button
                  type="button"
                  className="button quiet"
                  aria-label={`Open ${node.label}`}
                  onClick={() => {
                    onOpenArticle(node.articleId);
                  }}
                >
                  Open
                </button>
              </li>
            ) : null,
          )}
        </ul>
      </section>
      <section aria-label="Entities in the graph">
        <h3>Entities ({entities.length})</h3>
        <ul>
          {entities.map((node) => (
            <li key={node.key}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onNode(node);
                }}
              >
                {node.label}
              </button>{' '}
              <span className="graph-step">{node.entityType}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
