/** An article's id: a positive integer assigned by the library. */
export type ArticleId = number & { readonly __brand: 'ArticleId' };

/** An import batch's id: an opaque string. */
export type BatchId = string & { readonly __brand: 'BatchId' };

/** An entity's id (a person, organisation, place… in the registry). */
export type EntityId = number & { readonly __brand: 'EntityId' };

/** One entity mention's id. */
export type MentionId = number & { readonly __brand: 'MentionId' };

/** Brands a number as an EntityId after checking it is a positive integer. */
export function toEntityId(value: number): EntityId {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`Not an entity id: ${value}`);
  return value as EntityId;
}

/** Brands a number as a MentionId after checking it is a positive integer. */
export function toMentionId(value: number): MentionId {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`Not a mention id: ${value}`);
  return value as MentionId;
}

/** Brands a number as an ArticleId after checking it is a positive integer. */
export function toArticleId(value: number): ArticleId {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`Not an article id: ${value}`);
  return value as ArticleId;
}

/** Brands a string as a BatchId. */
export function toBatchId(value: string): BatchId {
  return value as BatchId;
}
