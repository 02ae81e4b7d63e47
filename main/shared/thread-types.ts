import type { ArticleId, EntityId } from './ids.ts';

/** The link types that tie articles into one story thread (read either way). */
export const threadLinkTypes: readonly string[] = ['same-story', 'follow-up', 'responds-to'];

/** The most articles one thread answers; a larger component is cut and flagged. */
export const maxThreadArticles = 500;

/** The longest thread name, in characters. */
export const maxThreadNameLength = 80;

/** Which date placed an article on the timeline: published, else captured, else added. */
export type ThreadDateSource = 'published' | 'captured' | 'added';

/** One article of a thread, with what the timeline shows. */
export interface ThreadArticle {
  readonly id: ArticleId;
  readonly title: string;
  readonly siteName: string | null;
  readonly url: string | null;
  /** ISO 8601: the date the timeline orders by. */
  readonly date: string;
  readonly dateSource: ThreadDateSource;
}

/** A thread link between two of its articles (directed, as stored). */
export interface ThreadLink {
  readonly id: number;
  readonly sourceId: ArticleId;
  readonly targetId: ArticleId;
  readonly type: string;
  /** How the source shows the link ("Follow-up to"), and how the target does ("Followed up by"). */
  readonly label: string;
  readonly incomingLabel: string;
  readonly note: string | null;
}

/** A named thread, anchored at one of its articles. */
export interface ThreadName {
  readonly id: number;
  readonly name: string;
  readonly anchorId: ArticleId;
  /** ISO 8601. */
  readonly createdAt: string;
}

/** The story thread of an article: its connected articles by date, and the links between them. */
export interface StoryThread {
  readonly articleId: ArticleId;
  /** Ordered by date, oldest first; the article itself is always included. */
  readonly articles: readonly ThreadArticle[];
  readonly links: readonly ThreadLink[];
  /** True when the thread had more than maxThreadArticles and was cut. */
  readonly truncated: boolean;
  /** The thread's name, when one of its articles anchors one. */
  readonly name: ThreadName | null;
}

/** A named thread in the sidebar, with its live size and date span. */
export interface ThreadSummary extends ThreadName {
  readonly size: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/** A node of the neighbourhood graph: an article or an entity. */
export type GraphNode =
  | {
      readonly key: string;
      readonly kind: 'article';
      readonly articleId: ArticleId;
      readonly label: string;
      readonly siteName: string | null;
      /** Steps from the centre: 0, 1 or 2. */
      readonly depth: number;
    }
  | {
      readonly key: string;
      readonly kind: 'entity';
      readonly entityId: EntityId;
      readonly label: string;
      readonly entityType: string;
      readonly depth: number;
    };

/** An edge of the graph: a typed link between articles, or an article mentioning an entity. */
export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: 'link' | 'mention';
  /** The link type, or 'mention'. */
  readonly type: string;
}

/** An article's neighbourhood: linked articles and shared entities, a few steps out. */
export interface ArticleGraph {
  readonly centreKey: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when less relevant nodes were left out to stay within maxNodes. */
  readonly truncated: boolean;
}
