import { useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { useClient } from '../api/client-context.ts';

const none: readonly string[] = [];

/** The words of an article that the search query matches (the core's matcher), or none without a query. */
export function useMatches(articleId: ArticleId, query: string): readonly string[] {
  const client = useClient();
  const [answer, setAnswer] = useState<{ key: string; words: readonly string[] } | null>(null);
  const trimmed = query.trim();
  const key = `${articleId}\u0000${trimmed}`;

  useEffect(() => {
    if (trimmed === '') return;
    let current = true;
    void client.findMatches({ id: articleId, query: trimmed }).then((result) => {
      // A failure only means no highlighting; the reader itself reports a missing article.
      if (current) setAnswer({ key, words: result.ok ? result.value.words : none });
    });
    return () => {
      current = false;
    };
  }, [client, articleId, trimmed, key]);

  return trimmed === '' || answer?.key !== key ? none : answer.words;
}
