import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../main/shared/result.ts';
import type { SearchHit, SearchIndexProgress, SearchResults, SearchSort } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { searchPageSize } from '../api/search-page-size.ts';
import { useArchiveEvent } from './use-archive-event.ts';

interface Answer {
  /** The query these hits answer (may lag behind what is typed). */
  readonly query: string;
  /** The hits loaded so far: the first pages of the ranked answer. */
  readonly hits: readonly SearchHit[];
  readonly total: number;
  /** `total` extrapolates phrase checks the server skipped: shown as "about N". */
  readonly totalIsEstimate: boolean;
  readonly error: ApiError | null;
  /** When the typed query found nothing: the corrected query whose (fuzzy) hits these are. */
  readonly didYouMean?: string | undefined;
  /** Ignored parts of the query, explained (unknown filter, bad date). */
  readonly problems: SearchResults['problems'];
  /** Exact-phrase checks ran out of time before the page was full: more hits are being fetched. */
  readonly partial: boolean;
  /** The search index is being rebuilt: how far it got (no hits until it is done). */
  readonly indexing?: SearchIndexProgress | undefined;
}

export interface SearchState extends Answer {
  /** The typed query has not been answered yet. */
  readonly pending: boolean;
  /** Asks for the next page of hits (ignored while one is loading or all are loaded). */
  readonly loadMore: () => void;
}

const debounceMs = 100;
/** The most a refresh re-requests at once (the API's limit). */
const maxRefresh = 500;
const noMore = (): void => {};
const idle: SearchState = {
  query: '',
  hits: [],
  total: 0,
  totalIsEstimate: false,
  partial: false,
  pending: false,
  error: null,
  problems: [],
  loadMore: noMore,
};

/** Search-as-you-type: debounced, paged, and only the answer to the latest query is kept. */
export function useSearch(query: string, sort: SearchSort = 'relevance'): SearchState {
  const client = useClient();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const loading = useRef(false);
  const loaded = useRef(0);
  const trimmed = query.trim();

  // Before the fetch below, which reads it: how many hits of this query are on screen.
  useEffect(() => {
    loaded.current = answer?.query === trimmed ? answer.hits.length : 0;
  }, [answer, trimmed]);

  useEffect(() => {
    const ticket = ++latest.current;
    loading.current = false;
    if (trimmed === '') return;
    // A refresh of the same query keeps as many hits as were loaded, so the list does not jump.
    const limit = Math.min(maxRefresh, Math.max(searchPageSize, loaded.current));
    const timer = window.setTimeout(() => {
      void client.search({ query: trimmed, limit, sort }).then((result) => {
        if (ticket !== latest.current) return; // a stale answer to an older query
        setAnswer(
          result.ok
            ? { ...result.value, query: trimmed, error: null, partial: result.value.partial === true }
            : {
                query: trimmed,
                hits: [],
                total: 0,
                totalIsEstimate: false,
                partial: false,
                error: result.error,
                problems: [],
              },
        );
      });
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [client, trimmed, version, sort]);

  const loadMore = useCallback(() => {
    if (answer === null || answer.query !== trimmed) return;
    if (answer.hits.length >= answer.total && !answer.totalIsEstimate && !answer.partial) return;
    if (loading.current) return;
    loading.current = true;
    const ticket = latest.current;
    const offset = answer.hits.length;
    void client.search({ query: trimmed, limit: searchPageSize, offset, sort }).then((result) => {
      if (ticket !== latest.current) return;
      loading.current = false;
      if (!result.ok) return;
      const hits = result.value.hits;
      const partial = result.value.partial === true;
      // A short page is the end (an estimated total becomes the exact count), unless phrase checks
      // stopped for time: then the next request goes on from here.
      const end = hits.length < searchPageSize && !partial;
      setAnswer((previous) =>
        previous?.query === trimmed && previous.hits.length === offset
          ? {
              ...previous,
              hits: [...previous.hits, ...hits],
              total: end ? offset + hits.length : result.value.total,
              totalIsEstimate: end ? false : result.value.totalIsEstimate,
              partial,
            }
          : previous,
      );
    });
  }, [answer, client, trimmed, sort]);

  // A page left partial by the server's time budget is filled by asking again, a slice at a time.
  useEffect(() => {
    if (answer?.partial === true && answer.query === trimmed) loadMore();
  }, [answer, trimmed, loadMore]);

  // New articles may match the standing query; a rebuilt index answers it at last.
  useArchiveEvent((event) => {
    if (trimmed === '') return;
    if (event.type === 'library-changed') setVersion((v) => v + 1);
    if (event.type !== 'search-index') return;
    const { state } = event;
    if (state.kind !== 'rebuilding') setVersion((v) => v + 1);
    else
      setAnswer((previous) =>
        previous?.indexing === undefined ? previous : { ...previous, indexing: state.progress },
      );
  });

  if (trimmed === '') return idle;
  if (answer === null) return { ...idle, pending: true };
  // Until the new answer arrives, the previous hits stay on screen (no flicker while typing).
  return { ...answer, pending: answer.query !== trimmed, loadMore };
}
