import type { SearchIndexState, SearchResults } from '../../shared/types.ts';

/** The answer while there is no index to ask: how far its rebuild got, or why search is unavailable. */
export function unanswered(
  query: string,
  state: Exclude<SearchIndexState, { kind: 'ready' }>,
): SearchResults {
  const empty = { query, hits: [], total: 0, totalIsEstimate: false };
  if (state.kind === 'rebuilding') return { ...empty, problems: [], indexing: state.progress };
  const message = `Search is unavailable: ${state.message}. Run “dossier check” on this library.`;
  return { ...empty, problems: [{ text: '', message }] };
}
