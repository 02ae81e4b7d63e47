/** The kinds of entity the suggester proposes. */
export type EntityType = 'person' | 'organisation' | 'place';

/** One occurrence of an entity: offsets into the cleaned text, end exclusive; text === slice(start, end). */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A suggested entity: its fullest name in the article, its type and every mention. */
export interface SuggestedEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: readonly EntityMention[];
}

/** A typed mention found by the rules, before mentions are grouped into entities. */
export interface TypedMention extends EntityMention {
  readonly type: EntityType;
  /** The grouping key: a gazetteer canonical name or the normalised text. */
  readonly key: string;
}
