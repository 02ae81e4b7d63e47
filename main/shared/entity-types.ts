import type { ArticleId, EntityId, MentionId } from './ids.ts';
import type { ArticleSummary } from './types.ts';

/** Built-in entity types; users may add their own (lowercase, 1–32 characters). */
export const builtInEntityTypes = ['person', 'organisation', 'place', 'event', 'other'] as const;

/** An entity type: a built-in one or a user-defined name. */
export type EntityType = string;

/** Who made a link between an article and an entity. */
export type MentionAuthor = 'person' | 'suggester';

/** An entity of the registry with its counts of confirmed mentions. */
export interface Entity {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly note: string | null;
  /** A CSS colour (#rrggbb) or null for the type's default. */
  readonly colour: string | null;
  readonly mentionCount: number;
  readonly articleCount: number;
}

/** One confirmed mention in an article: offsets into the article's cleaned text, end exclusive. */
export interface EntityMentionView {
  readonly id: MentionId;
  readonly entityId: EntityId;
  readonly name: string;
  readonly type: EntityType;
  readonly colour: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly madeBy: MentionAuthor;
  /** A re-clean could not find this mention's words again; its offsets are stale. */
  readonly unplaced: boolean;
}

/** A suggested entity of an article, not yet accepted or rejected. */
export interface EntitySuggestionView {
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  /** The registry entity this name (or an alias) already belongs to, if any. */
  readonly knownEntityId: EntityId | null;
}

/** An article's entities: confirmed mentions and open suggestions. */
export interface ArticleEntities {
  readonly articleId: ArticleId;
  readonly mentions: readonly EntityMentionView[];
  readonly suggestions: readonly EntitySuggestionView[];
}

/** One mention in context: the words around it, the name in `match`. */
export interface ConcordanceLine {
  readonly mentionId: MentionId;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** Everything the entity page shows. */
export interface EntityPage {
  readonly entity: Entity;
  /** Entities merged into this one (each can be split off again). */
  readonly mergedFrom: readonly { readonly id: EntityId; readonly name: string }[];
  /** Articles mentioning the entity, by date (published, else captured), each with its concordance. */
  readonly articles: readonly {
    readonly article: ArticleSummary;
    readonly mentionCount: number;
    readonly lines: readonly ConcordanceLine[];
  }[];
  /** Entities that appear in the same articles, most shared articles first. */
  readonly cooccurring: readonly { readonly entity: Entity; readonly articles: number }[];
  /** Mentions per month of publication (YYYY-MM), in order. */
  readonly timeline: readonly { readonly period: string; readonly mentions: number }[];
}

/** How many untagged occurrences of an entity's name and aliases there are. */
export interface TagPreview {
  readonly inArticle: number;
  readonly acrossLibrary: { readonly articles: number; readonly mentions: number };
}

/** A page of the entity registry. */
export interface EntityList {
  readonly items: readonly Entity[];
  readonly total: number;
}
