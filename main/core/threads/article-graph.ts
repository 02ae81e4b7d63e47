import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId, EntityId } from '../../shared/ids.ts';
import type { ArticleGraph, GraphEdge, GraphNode } from '../../shared/thread-types.ts';
import {
  articleDates,
  articlesOfEntity,
  entitiesOfArticle,
  entityArticleCount,
  linksTouching,
} from '../store/thread-repository.ts';

/** How far out and how big a neighbourhood to answer. */
export interface GraphLimits {
  readonly depth: number;
  readonly maxNodes: number;
}

// A hub entity ("United States") is followed into at most this many of its articles.
const articlesPerEntity = 200;

interface Found {
  readonly key: string;
  readonly kind: 'article' | 'entity';
  readonly id: number;
  readonly depth: number;
  score: number;
  readonly parents: Set<string>;
  label: string;
  entityType: string;
}

interface Step {
  readonly key: string;
  readonly kind: 'article' | 'entity';
  readonly id: number;
  readonly edge: GraphEdge;
  readonly weight: number;
  readonly label: string;
  readonly entityType: string;
}

const articleKey = (id: number): string => `a${id}`;
const entityKey = (id: number): string => `e${id}`;

/** Explores, scores and trims an article's neighbourhood; null when the article does not exist. */
export function articleGraph(db: DatabaseSync, centre: ArticleId, limits: GraphLimits): ArticleGraph | null {
  if (articleDates(db, [centre]).size === 0) return null;
  const rarity = new Map<number, number>();
  // Rare entities say more about a story than common ones, like IDF.
  const weightOf = (entityId: number): number => {
    let weight = rarity.get(entityId);
    if (weight === undefined) {
      weight = 1 / Math.log2(2 + entityArticleCount(db, entityId));
      rarity.set(entityId, weight);
    }
    return weight;
  };
  const stepsFrom = (node: Found): Step[] => {
    if (node.kind === 'article') {
      const links = linksTouching(db, node.id, null).map((link): Step => {
        const other = link.sourceId === node.id ? link.targetId : link.sourceId;
        const edge = {
          source: articleKey(link.sourceId),
          target: articleKey(link.targetId),
          kind: 'link' as const,
          type: link.type,
        };
        return {
          key: articleKey(other),
          kind: 'article',
          id: other,
          edge,
          weight: 1,
          label: '',
          entityType: '',
        };
      });
      const entities = entitiesOfArticle(db, node.id).map((entity): Step => {
        const edge = {
          source: node.key,
          target: entityKey(entity.entityId),
          kind: 'mention' as const,
          type: 'mention',
        };
        const [id, label, entityType] = [entity.entityId, entity.name, entity.type];
        return { key: entityKey(id), kind: 'entity', id, edge, weight: weightOf(id), label, entityType };
      });
      return [...links, ...entities];
    }
    return articlesOfEntity(db, node.id, articlesPerEntity).map((row): Step => {
      const edge = {
        source: articleKey(row.articleId),
        target: node.key,
        kind: 'mention' as const,
        type: 'mention',
      };
      const id = row.articleId;
      return {
        key: articleKey(id),
        kind: 'article',
        id,
        edge,
        weight: weightOf(node.id),
        label: '',
        entityType: '',
      };
    });
  };

  const centreNode: Found = {
    key: articleKey(centre),
    kind: 'article',
    id: centre,
    depth: 0,
    score: 1,
    parents: new Set(),
    label: '',
    entityType: '',
  };
  const found = new Map<string, Found>([[centreNode.key, centreNode]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [centreNode];
  for (let depth = 1; depth <= limits.depth && frontier.length > 0; depth++) {
    const next: Found[] = [];
    // Only the most relevant of a level are explored further, so hubs cannot blow up the search.
    for (const node of frontier.sort((a, b) => b.score - a.score).slice(0, limits.maxNodes)) {
      for (const step of stepsFrom(node)) {
        edges.set(`${step.edge.source}|${step.edge.target}|${step.edge.type}`, step.edge);
        let reached = found.get(step.key);
        if (reached === undefined) {
          reached = { ...step, depth, score: 0, parents: new Set() };
          found.set(step.key, reached);
          next.push(reached);
        }
        if (reached.depth !== depth) continue;
        reached.score += node.score * step.weight;
        reached.parents.add(node.key);
      }
    }
    frontier = next;
  }

  const kept = trim(centreNode, [...found.values()], limits.maxNodes);
  const titles = articleDates(
    db,
    kept.filter((n) => n.kind === 'article').map((n) => n.id),
  );
  const nodes = kept.map((node): GraphNode => {
    if (node.kind === 'entity')
      return {
        key: node.key,
        kind: 'entity',
        entityId: node.id as EntityId,
        label: node.label,
        entityType: node.entityType,
        depth: node.depth,
      };
    const article = titles.get(node.id);
    return {
      key: node.key,
      kind: 'article',
      articleId: node.id as ArticleId,
      label: article?.title ?? `Article ${node.id}`,
      siteName: article?.siteName ?? null,
      depth: node.depth,
    };
  });
  const keys = new Set(nodes.map((node) => node.key));
  return {
    centreKey: centreNode.key,
    nodes,
    edges: [...edges.values()].filter((edge) => keys.has(edge.source) && keys.has(edge.target)),
    truncated: kept.length < found.size,
  };
}

/** The centre plus the most relevant nodes, never one whose every way back to the centre was cut. */
function trim(centre: Found, all: readonly Found[], maxNodes: number): Found[] {
  const ranked = all
    .filter((node) => node !== centre)
    .sort((a, b) => b.score - a.score || a.depth - b.depth || a.key.localeCompare(b.key));
  const kept = new Set<string>([centre.key]);
  const order: Found[] = [centre];
  let progress = true;
  while (progress && order.length < maxNodes) {
    progress = false;
    for (const node of ranked) {
      if (order.length >= maxNodes) break;
      if (kept.has(node.key) || ![...node.parents].some((parent) => kept.has(parent))) continue;
      kept.add(node.key);
      order.push(node);
      progress = true;
    }
  }
  return order.sort((a, b) => a.depth - b.depth || b.score - a.score || a.key.localeCompare(b.key));
}
