// Dossier's related-stories engine as the bench sees it. The call goes through a structural type
// checked at run time, so the bench builds and runs (baseline only) in a tree whose library does not
// implement getRelatedSuggestions yet.
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { Result } from '../../../main/shared/result.ts';

/** One suggestion, as much of it as the bench uses. */
export interface EngineSuggestion {
  readonly id: ArticleId;
  readonly score: number;
  readonly summary: string;
  /** The reasons with their weights, for --details. */
  readonly detail: string;
}

type RelatedCall = (request: { id: ArticleId; limit: number }) => Promise<
  Result<{
    readonly suggestions: readonly {
      readonly article: { readonly id: ArticleId };
      readonly score: number;
      readonly summary: string;
      readonly reasons: readonly unknown[];
    }[];
  }>
>;

/** The engine's suggestions for an article; throws on a failed call. */
export type RelatedEngine = (id: ArticleId, limit: number) => Promise<EngineSuggestion[]>;

/** The library's getRelatedSuggestions as a RelatedEngine, or null when the library has none. */
export function relatedEngineOf(library: object): RelatedEngine | null {
  const call = (library as { getRelatedSuggestions?: RelatedCall }).getRelatedSuggestions;
  if (typeof call !== 'function') return null;
  return async (id, limit) => {
    const answer = await call({ id, limit });
    if (!answer.ok)
      throw new Error(`getRelatedSuggestions(${id}): ${answer.error.code} ${answer.error.message}`);
    return answer.value.suggestions.map((s) => ({
      id: s.article.id,
      score: s.score,
      summary: s.summary,
      detail: JSON.stringify(s.reasons),
    }));
  };
}
