import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../shared/api.ts';
import { fail, ok } from '../../shared/result.ts';
import type { RelatedSuggestion } from '../../shared/types.ts';
import type { Logger } from '../logger.ts';
import { summariesByIds } from '../store/article-repository.ts';
import { inOtherLanguage } from './primary-language.ts';
import {
  articlesWithoutFeatures,
  dismissedWith,
  dismissPair,
  linkedWith,
  undismissPair,
} from '../store/related-repository.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { featuresVersion } from './features-signature.ts';
import { createFeatureWrites } from './feature-writes.ts';
import { createFeaturesCatchUp, type FeaturesCatchUp } from './features-catch-up.ts';
import { libraryTermCountWatch } from './library-count-watch.ts';
import { summarise } from './explain-relation.ts';
import { possibleSummary, withPossibleSuggestions } from './possible-suggestions.ts';
import { scoreWithAnalysisViaReport } from './analysis-via-report.ts';

/** Suggestions scoring below this are not shown as evidence (possible ones by wording may follow them). */
const minScore = 0.1;
/** Nor are those far weaker than the best one: they would only crowd out nothing with noise. */
const minShareOfBest = 0.4;
/** The least score a suggestion is shown with, given the best one's. */
const floorFor = (best: number): number => Math.max(minScore, minShareOfBest * best);
/** Articles without features given them before answering, at most. */
const catchUpBeforeAnswer = 200;

/** The related-stories part of a library: its methods, plus keeping features current. */
export interface RelatedStories {
  readonly api: Pick<
    ArchiveApi,
    'getRelatedSuggestions' | 'dismissRelatedSuggestion' | 'restoreRelatedSuggestion'
  >;
  /**
   * Recomputes an article's features if its text or entities changed (after import, re-clean,
   * suggesting), or whatever changed with `force` (a restored article, whose weights were read before
   * the Trash); they are written with others' within a second (feature-writes.ts).
   */
  readonly refresh: (id: number, force?: boolean) => void;
  /** Writes the features waiting to be written now; returns the ids whose features could not be. */
  readonly flush: () => number[];
  /** Writes what waits and stops catching up (before the database closes). */
  readonly close: () => void;
  /** Which term count changes are recorded as the counts move (library-count-watch.ts); the recount's swap reads it too. */
  readonly countWatch: TermCountWatch;
  /** Told when the counts moved outside the engine (the recount's swap): recomputes what that left waiting. */
  readonly countsMoved: () => void;
  /**
   * What the Trash calls as it moves the document counts (trash/trash-articles.ts, `TrashHooks`):
   * the features waiting to be written are written first (they were read with the counts before),
   * and a restored article, whose rows were gone while counts moved, is recomputed with today's
   * whatever its signature (feature-writes.ts, pending-keys-pass.ts).
   */
  readonly trashHooks: {
    readonly countWatch: TermCountWatch;
    readonly beforeMove: () => void;
    readonly afterRestore: (ids: readonly number[]) => void;
  };
  /**
   * Resolves when the background catch-up has no article left to give current features to
   * (features-catch-up.ts): true then, false if it failed or was closed first.
   */
  readonly settled: FeaturesCatchUp['settled'];
}

/** Creates the related-stories engine of a library and starts giving features to articles without them. */
export function createRelatedStories(options: {
  db: DatabaseSync;
  now: () => Date;
  logger: Logger;
  /** The turns of the background catch-up (features-catch-up.ts): tests step them. */
  catchUpTurns?: { schedule?: (turn: () => void) => void; ms?: number };
}): RelatedStories {
  const { db, now, logger } = options;
  let answeredOnce = false;

  // Which term count changes are recorded, as features are stored and as the Trash moves counts.
  const countWatch = libraryTermCountWatch(db);
  // Features stored may have grown the library past a step: articles computed before are recomputed.
  const writes = createFeatureWrites(
    db,
    logger,
    () => {
      catchUp.check();
    },
    countWatch,
  );
  // Libraries older than this engine, articles restored or caught by a failed run, and articles
  // computed while the library was smaller get features in the background, from open on.
  const catchUp = createFeaturesCatchUp({
    db,
    logger,
    writes,
    watch: countWatch,
    schedule: options.catchUpTurns?.schedule,
    turnMs: options.catchUpTurns?.ms,
  });
  catchUp.check();
  // Refuses once closed: `close` closes the writes too.
  const refresh = writes.refresh;

  const api: RelatedStories['api'] = {
    getRelatedSuggestions: ({ id, limit = 10 }) => {
      if (summariesByIds(db, [id]).size === 0) return Promise.resolve(fail('not-found', `No article ${id}`));
      refresh(id);
      // A library opened just now (the CLI) may not have caught up yet: the first answer does a
      // bounded share first (finding them reads the article table, too slow to do every time).
      if (!answeredOnce)
        for (const other of articlesWithoutFeatures(db, catchUpBeforeAnswer, featuresVersion)) refresh(other);
      answeredOnce = true;
      // Scored against every article's current features, this one's and those just computed included.
      writes.flush();
      const dismissedIds = dismissedWith(db, id);
      const excluded = new Set([...dismissedIds, ...linkedWith(db, id)]);
      // A report in another language days before leads to its later analysis (analysis-via-report.ts).
      const { scored, summaries } = scoreWithAnalysisViaReport(db, id, excluded, floorFor);
      const floor = floorFor(scored[0]?.score ?? 0);
      const shown = scored.filter((c) => c.score >= floor);
      // Fewer than three shown: the candidates most alike in wording follow as possible ones, with a
      // lower bar between two languages (possible-suggestions.ts).
      const top = withPossibleSuggestions(shown, scored, limit, inOtherLanguage(summaries, id));
      const suggestions: RelatedSuggestion[] = [];
      for (const candidate of top) {
        const article = summaries.get(candidate.id);
        if (article === undefined) continue;
        const { score, reasons, possible } = candidate;
        const summary = possible ? possibleSummary(summarise(reasons)) : summarise(reasons);
        suggestions.push({ article, score, reasons, summary });
      }
      // Those in the Trash are left out: the Trash brings them back first.
      const dismissedSummaries = summariesByIds(db, [...dismissedIds]);
      const dismissed = [...dismissedIds].flatMap((other) => dismissedSummaries.get(other) ?? []);
      return Promise.resolve(ok({ suggestions, dismissed }));
    },
    dismissRelatedSuggestion: ({ id, otherId }) => {
      const found = summariesByIds(db, [id, otherId]);
      if (id === otherId || found.size < 2)
        return Promise.resolve(fail('not-found', `No pair of articles ${id} and ${otherId}`));
      dismissPair(db, id, otherId, now().toISOString());
      return Promise.resolve(ok(undefined));
    },
    restoreRelatedSuggestion: ({ id, otherId }) => {
      if (id === otherId || summariesByIds(db, [id, otherId]).size < 2)
        return Promise.resolve(fail('not-found', `No pair of articles ${id} and ${otherId}`));
      undismissPair(db, id, otherId);
      return Promise.resolve(ok(undefined));
    },
  };

  return {
    api,
    refresh,
    flush: writes.flush,
    close: () => {
      catchUp.close();
      writes.close();
    },
    countWatch,
    countsMoved: () => {
      catchUp.check();
    },
    trashHooks: {
      countWatch,
      beforeMove: () => void writes.flush(),
      afterRestore: (ids) => {
        for (const id of ids) refresh(id, true);
      },
    },
    settled: catchUp.settled,
  };
}
