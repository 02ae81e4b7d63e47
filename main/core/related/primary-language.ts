import type { ArticleSummary } from '../../shared/types.ts';

/** An article's language without its region ("pt-BR" → "pt"), lower-case; null when not known. */
export function primaryLanguage(summaries: ReadonlyMap<number, ArticleSummary>, id: number): string | null {
  return summaries.get(id)?.lang?.split('-')[0]?.toLowerCase() ?? null;
}
