import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleDetail, CleaningOptions, CleaningReport } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { requestSequence } from './request-sequence.ts';

/** An article's cleaning report, and a way to re-clean it with other options. */
export interface CleaningReportState {
  readonly report: CleaningReport | null;
  readonly error: ApiError | null;
  readonly busy: boolean;
  /** Re-cleans the article with these options; the report and (through onArticle) the article follow. */
  readonly apply: (options: CleaningOptions) => void;
}

/** Loads the cleaning report of an article and applies new cleaning options to it. */
export function useCleaningReport(
  id: ArticleId,
  onArticle: (article: ArticleDetail) => void,
): CleaningReportState {
  const client = useClient();
  const [report, setReport] = useState<CleaningReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Applies in flight: a superseded one still counts until its own answer arrives.
  const [running, setRunning] = useState(0);
  // A slower earlier answer (a report load, or a restore the reader has since undone) must not land
  // after a newer one and show a stale article: only the newest request's answers are applied.
  const [sequence] = useState(requestSequence);

  const load = useCallback(() => client.getCleaningReport({ id }), [client, id]);

  useEffect(() => {
    const n = sequence.start();
    void load().then((result) => {
      if (!sequence.isLatest(n)) return;
      setReport(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
    return () => {
      sequence.supersede();
    };
  }, [load, sequence]);

  const apply = useCallback(
    (options: CleaningOptions) => {
      setRunning((count) => count + 1);
      const n = sequence.start();
      const settle = () => {
        setRunning((count) => count - 1);
      };
      void (async () => {
        const changed = await client.setCleaningOptions({
          id,
          disabledRules: [...options.disabledRules],
          keptBlocks: [...options.keptBlocks],
        });
        if (!sequence.isLatest(n)) {
          settle();
          return;
        }
        if (changed.ok) onArticle(changed.value);
        const reloaded = await load();
        settle();
        if (!sequence.isLatest(n)) return;
        setReport(reloaded.ok ? reloaded.value : null);
        setError(changed.ok ? (reloaded.ok ? null : reloaded.error) : changed.error);
      })();
    },
    [client, id, load, onArticle, sequence],
  );

  // A report for another article is never shown while this one loads.
  return { report: report?.articleId === id ? report : null, error, busy: running > 0, apply };
}
