/** The searchable fields and how much a match in each counts. Title matches rank first. */
export const fieldWeights = { title: 8, byline: 3, siteName: 3, body: 1 } as const;

/** A searchable field. */
export type SearchField = keyof typeof fieldWeights;

/** The fields, in weight order. */
export const searchFields = Object.keys(fieldWeights) as SearchField[];

/** What the index stores per article (ids and text only; the database keeps the rest). */
export interface IndexedArticle {
  readonly id: number;
  readonly title: string;
  readonly byline: string;
  readonly siteName: string;
  readonly body: string;
}
