import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../shared/api.ts';
import { fail, ok } from '../../shared/result.ts';
import type { RelatedSuggestion } from '../../shared/types.ts';
import type { Logger } from '../logger.ts';
import { summariesByIds } from '../store/article-repository.ts';
import { inOtherLanguage } from './primary-language.ts';
import {
  articlesWithoutFeatures,
  copiesOf,
  dismissedWith,
  dismissPair,
  featuresOf,
  linkedWith,
  undismissPair,
} from '../store/related-repository.ts';
import { featuresVersion, refreshFeatures } from './article-features.ts';
import { summarise } from './explain-relation.ts';
import { possibleSummary, withPossibleSuggestions } from './possible-suggestions.ts';
import { scoreRelated } from './score-related.ts';
import { withAnalysisViaReport } from './analysis-via-report.ts';

/** Suggestions scoring below this are not shown as evidence (possible ones by wording may follow them). */
const minScore = 0.1;
/** Nor are those far weaker than the best one: they would only crowd out nothing with noise. */
const minShareOfBest = 0.4;
/** Articles given features per turn of the event loop while catching up, so the UI never waits long. */
const catchUpSlice = 20;
/** Articles without features given them before answering, at most. */
const catchUpBeforeAnswer = 200;

/** The related-stories part of a library: its methods, plus keeping features current. */
export interface RelatedStories {
  readonly api: Pick<
    ArchiveApi,
    'getRelatedSuggestions' | 'dismissRelatedSuggestion' | 'restoreRelatedSuggestion'
  >;
  /** Recomputes an article's features if its text or entities changed (after import, re-clean, suggesting). */
  readonly refresh: (id: number) => void;
  /** Stops catching up (before the database closes). */
  readonly close: () => void;
}

/** Days between two articles' published dates (null when either is unknown): dates a second-hand partner. */
function daysBetween(db: DatabaseSync, a: number, b: number): number | null {
  const found = featuresOf(db, [a, b]);
  const first = found.get(a)?.publishedDay ?? null;
  const second = found.get(b)?.publishedDay ?? null;
  return first === null || second === null ? null : Math.abs(first - second);
}

/** Creates the related-stories engine of a library and starts giving features to articles without them. */
export function createRelatedStories(options: {
  db: DatabaseSync;
  now: () => Date;
  logger: Logger;
}): RelatedStories {
  const { db, now, logger } = options;
  let closed = false;
  let answeredOnce = false;

  const refresh = (id: number): void => {
    if (closed) return;
    try {
      refreshFeatures(db, id);
    } catch (error) {
      logger.error('Computing related-story features failed', { id, error: String(error) });
    }
  };

  // Libraries older than this engine, and articles restored or caught by a failed run, get features here.
  const catchUp = (): void => {
    if (closed) return;
    const ids = articlesWithoutFeatures(db, catchUpSlice, featuresVersion);
    for (const id of ids) refresh(id);
    if (ids.length === catchUpSlice) setImmediate(catchUp);
  };
  setImmediate(catchUp);

  const api: RelatedStories['api'] = {
    getRelatedSuggestions: ({ id, limit = 10 }) => {
      if (summariesByIds(db, [id]).size === 0) return Promise.resolve(fail('not-found', `No article ${id}`));
      refresh(id);
      // A library opened just now (the CLI) may not have caught up yet: the first answer does a
      // bounded share first (finding them reads the article table, too slow to do every time).
      if (!answeredOnce)
        for (const other of articlesWithoutFeatures(db, catchUpBeforeAnswer, featuresVersion)) refresh(other);
      answeredOnce = true;
      const excluded = new Set([...dismissedWith(db, id), ...linkedWith(db, id)]);
      const own = scoreRelated(db, id, excluded, copiesOf(db, id));
      // A report in another language days before leads to its later analysis (analysis-via-report.ts).
      const summaries = new Map(own.summaries);
      const scored = withAnalysisViaReport(
        own.scored,
        inOtherLanguage(summaries, id),
        (report) => {
          const theirs = scoreRelated(db, report, new Set([id, ...excluded]), copiesOf(db, report));
          for (const [other, summary] of theirs.summaries)
            if (!summaries.has(other)) summaries.set(other, summary);
          return theirs.scored;
        },
        (other) => daysBetween(db, id, other),
        (other) => summaries.get(other)?.title ?? '',
        (other, score, reasons) => ({
          id: other,
          score,
          reasons,
          similarity: 0,
          pieces: 0,
          topic: 0,
          otherStory: false,
          rarestName: 0,
          rarestWord: 0,
          rarestTown: 0,
          days: daysBetween(db, id, other),
        }),
        Math.max(minScore, minShareOfBest * (own.scored[0]?.score ?? 0)),
      );
      const floor = Math.max(minScore, minShareOfBest * (scored[0]?.score ?? 0));
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
      return Promise.resolve(ok({ suggestions }));
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
    close: () => {
      closed = true;
    },
  };
}
