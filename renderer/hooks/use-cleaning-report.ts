import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleDetail, CleaningOptions, CleaningReport } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';

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
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => client.getCleaningReport({ id }), [client, id]);

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setReport(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [load]);

  const apply = useCallback(
    (options: CleaningOptions) => {
      setBusy(true);
      void (async () => {
        const changed = await client.setCleaningOptions({
          id,
          disabledRules: [...options.disabledRules],
          keptBlocks: [...options.keptBlocks],
        });
        if (changed.ok) onArticle(changed.value);
        const reloaded = await load();
        setReport(reloaded.ok ? reloaded.value : null);
        setError(changed.ok ? (reloaded.ok ? null : reloaded.error) : changed.error);
        setBusy(false);
      })();
    },
    [client, id, load, onArticle],
  );

  // A report for another article is never shown while this one loads.
  return { report: report?.articleId === id ? report : null, error, busy, apply };
}
