import { useCallback, useRef, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

/** A dismissed pair, from the article it was dismissed in. */
export interface Dismissal {
  readonly from: ArticleId;
  readonly otherId: ArticleId;
}

/** A dismissal an answer may not reflect yet: answers to requests numbered above `settledAfter` do. */
interface Pending extends Dismissal {
  readonly settledAfter: number;
}

/** The dismissals made here that answers may not reflect yet, and their bookkeeping. */
export interface PendingDismissals {
  /** Numbers a request for suggestions, before it is sent. */
  readonly ask: () => number;
  /** An answer to request `number` came in: the dismissals it reflects are the library's from now on. */
  readonly answered: (number: number) => void;
  /** A dismissal is being made (`settled: false`), or the library has it (`settled: true`). */
  readonly add: (made: Dismissal, settled: boolean) => void;
  /** Drops a pair (either way round): it was undone, brought back, or refused. */
  readonly forget: (gone: Dismissal) => void;
  /** The articles hidden from `articleId`'s suggestions meanwhile. */
  readonly hiddenFrom: (articleId: ArticleId) => ReadonlySet<ArticleId>;
}

const samePair = (a: Dismissal, b: Dismissal): boolean =>
  (a.from === b.from && a.otherId === b.otherId) || (a.from === b.otherId && a.otherId === b.from);

/**
 * Dismissals made while an older answer may still be on its way: that answer must not bring them
 * back. Each is dropped once an answer asked after the library took it is in, so the library speaks
 * for the pair from then on (also when it was brought back elsewhere).
 */
export function usePendingDismissals(): PendingDismissals {
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const asked = useRef(0);
  const ask = useCallback(() => ++asked.current, []);
  const answered = useCallback((number: number) => {
    setPending((previous) => previous.filter((d) => d.settledAfter >= number));
  }, []);
  const forget = useCallback((gone: Dismissal) => {
    setPending((previous) => previous.filter((d) => !samePair(d, gone)));
  }, []);
  const add = useCallback((made: Dismissal, settled: boolean) => {
    const entry = { ...made, settledAfter: settled ? asked.current : Infinity };
    setPending((previous) => [...previous.filter((d) => !samePair(d, made)), entry]);
  }, []);
  const hiddenFrom = (articleId: ArticleId): ReadonlySet<ArticleId> =>
    new Set(pending.filter((d) => d.from === articleId).map((d) => d.otherId));
  return { ask, answered, add, forget, hiddenFrom };
}
