import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../main/shared/result.ts';
import type { SearchHit, SearchResults } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

interface Answer {
  /** The query these hits answer (may lag behind what is typed). */
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly total: number;
  readonly error: ApiError | null;
  /** Ignored parts of the query, explained (unknown filter, bad date). */
  readonly problems: SearchResults['problems'];
}

export interface SearchState extends Answer {
  /** The typed query has not been answered yet. */
  readonly pending: boolean;
}

const debounceMs = 100;
const resultLimit = 100;
const idle: SearchState = { query: '', hits: [], total: 0, pending: false, error: null, problems: [] };

/** Search-as-you-type: debounced, and only the answer to the latest query is kept. */
export function useSearch(query: string): SearchState {
  const client = useClient();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const ticket = ++latest.current;
    if (trimmed === '') return;
    const timer = window.setTimeout(() => {
      void client.search({ query: trimmed, limit: resultLimit }).then((result) => {
        if (ticket !== latest.current) return; // a stale answer to an older query
        setAnswer(
          result.ok
            ? { ...result.value, query: trimmed, error: null }
            : { query: trimmed, hits: [], total: 0, error: result.error, problems: [] },
        );
      });
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [client, trimmed, version]);

  // New articles may match the standing query.
  useArchiveEvent((event) => {
    if (event.type === 'library-changed' && trimmed !== '') setVersion((v) => v + 1);
  });

  if (trimmed === '' || answer === null) return trimmed === '' ? idle : { ...idle, query: '', pending: true };
  // Until the new answer arrives, the previous hits stay on screen (no flicker while typing).
  return { ...answer, pending: answer.query !== trimmed };
}
