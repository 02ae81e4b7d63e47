import type { ArticleSummary } from '../../shared/types.ts';
import { baseLanguage } from '../../shared/base-language.ts';

/** An article's language without its region ("pt-BR", "pt_BR" → "pt"), lower-case; null when not known. */
export function primaryLanguage(summaries: ReadonlyMap<number, ArticleSummary>, id: number): string | null {
  return baseLanguage(summaries.get(id)?.lang);
}

/** Whether another article is written in a known language other than article `id`'s (both known). */
export function inOtherLanguage(
  summaries: ReadonlyMap<number, ArticleSummary>,
  id: number,
): (other: number) => boolean {
  const mine = primaryLanguage(summaries, id);
  return (other) => {
    const theirs = primaryLanguage(summaries, other);
    return mine !== null && theirs !== null && theirs !== mine;
  };
}
