import { useState, type ReactNode } from 'react';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import type { GraphNode } from '../../main/shared/thread-types.ts';
import { describeError } from '../api/error-messages.ts';
import { graphMaxNodes, useArticleGraph } from '../hooks/use-article-graph.ts';
import { GraphNodeList } from './graph-node-list.tsx';
import { NeighbourhoodGraph } from './neighbourhood-graph.tsx';
import { ReaderSkeleton } from './reader-skeleton.tsx';
import { StoryViewBar } from './story-view-bar.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly onOpen: (id: ArticleId) => void;
  readonly onOpenEntity: (id: EntityId) => void;
  readonly onThread: (id: ArticleId) => void;
  readonly onBack: () => void;
}

/** An article's neighbourhood graph: click an article to re-centre on it, an entity to open its page. */
export function GraphView({ articleId, onOpen, onOpenEntity, onThread, onBack }: Props): ReactNode {
  const [centre, setCentre] = useState(articleId);
  // Hovered in the graph or the lists, or focused in the lists: labelled in full, with its edges lit.
  // Kept apart, so the pointer leaving a node does not unlight the one the keyboard is on.
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const { value: graph, error } = useArticleGraph(centre);
  const shown = graph?.centreKey === `a${centre}` ? graph : null;
  const centreNode = shown?.nodes.find((node) => node.key === shown.centreKey);
  const onNode = (node: GraphNode): void => {
    if (node.kind === 'entity') onOpenEntity(node.entityId);
    else if (node.articleId === centre) onOpen(centre);
    else {
      setCentre(node.articleId);
      setHovered(null);
      setFocused(null);
    }
  };
  return (
    <section className="graph-view" aria-label="Neighbourhood graph">
      <StoryViewBar
        onBack={onBack}
        otherView="Thread"
        onOtherView={() => {
          onThread(centre);
        }}
      >
        <button
          type="button"
          className="button"
          onClick={() => {
            onOpen(centre);
          }}
        >
          Open article
        </button>
      </StoryViewBar>
      <div className="reader-scroll">
        <div className="graph-column">
          <h2 className="graph-heading">{centreNode?.label ?? 'Neighbourhood'}</h2>
          {error === null ? null : (
            <div className="notice error" role="alert">
              {describeError(error)}
            </div>
          )}
          {shown === null ? (
            error === null ? (
              <ReaderSkeleton />
            ) : null
          ) : shown.nodes.length <= 1 ? (
            <p className="thread-empty">
              Nothing around this article yet: it has no links and no confirmed entities. Link it to other
              articles or confirm the entities it mentions, and its neighbourhood appears here.
            </p>
          ) : (
            <>
              <p className="graph-legend">
                <span className="legend-article">● article</span>{' '}
                <span className="legend-entity">◆ entity</span> · click an article to centre on it, an entity
                to open its page; drag to pan, Ctrl+wheel (or pinch) or +/− to zoom in and see more labels.
                Hover a node, or focus it in the lists below, to see its name and links.
                {shown.truncated ? ` Showing the ${graphMaxNodes} most related.` : ''}
              </p>
              <NeighbourhoodGraph
                graph={shown}
                highlighted={hovered ?? focused}
                focused={focused}
                onHover={setHovered}
                onNode={onNode}
              />
              <GraphNodeList
                graph={shown}
                onNode={onNode}
                onHover={setHovered}
                onFocusNode={setFocused}
                onOpenArticle={onOpen}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
