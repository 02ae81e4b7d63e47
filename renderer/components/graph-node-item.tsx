import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { GraphNode } from '../../main/shared/thread-types.ts';

interface Props {
  readonly node: GraphNode;
  /** What the node is: its distance for an article, its type for an entity. */
  readonly detail: string;
  readonly onNode: (node: GraphNode) => void;
  readonly onHover: (key: string | null) => void;
  readonly onFocusNode: (key: string | null) => void;
  /** Given for articles: an "Open" button beside the node opens it in the reader. */
  readonly onOpenArticle?: (id: ArticleId) => void;
}

/** One node of the graph in its list: a button that selects it, what it is, and "Open" for an article. */
export function GraphNodeItem({
  node,
  detail,
  onNode,
  onHover,
  onFocusNode,
  onOpenArticle,
}: Props): ReactNode {
  return (
    <li
      onFocus={() => {
        onFocusNode(node.key);
      }}
      onBlur={() => {
        onFocusNode(null);
      }}
      onPointerEnter={() => {
        onHover(node.key);
      }}
      onPointerLeave={() => {
        onHover(null);
      }}
    >
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onNode(node);
        }}
      >
        {node.label}
      </button>{' '}
      <span className="graph-step">{detail}</span>
      {node.kind === 'article' && onOpenArticle !== undefined ? (
        <>
          {' '}
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
        </>
      ) : null}
    </li>
  );
}
