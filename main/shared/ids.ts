/** An article's id: a positive integer assigned by the library. */
export type ArticleId = number & { readonly __brand: 'ArticleId' };

/** An import batch's id: an opaque string. */
export type BatchId = string & { readonly __brand: 'BatchId' };

/** Brands a number as an ArticleId after checking it is a positive integer. */
export function toArticleId(value: number): ArticleId {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`Not an article id: ${value}`);
  return value as ArticleId;
}

/** Brands a string as a BatchId. */
export function toBatchId(value: string): BatchId {
  return value as BatchId;
}
