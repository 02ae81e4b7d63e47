import type { ArticleSummary } from '../../shared/types.ts';

/** An article's language without its region ("pt-BR" → "pt"), lower-case; null when not known. */
export function primaryLanguage(summaries: ReadonlyMap<number, ArticleSummary>, id: number): string | null {
  return summaries.get(id)?.lang?.split('-')[0]?.toLowerCase() ?? null;
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
