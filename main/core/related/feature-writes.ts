import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../logger.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { staleFeatures, storeFeatures, type ComputedFeatures } from './article-features.ts';
import { termCountWatch } from './library-scale.ts';

/**
 * Articles whose computed features are written in one commit, at most. Each article's ~64 feature rows
 * land on ~60 pages of a key-sorted index and each changed page is written whole: at 20,000 articles
 * with 16 KB pages, one commit per article wrote 1.42 MB of WAL per article, eight per commit 0.91 MB,
 * sixteen 0.75 MB. The commit holds the thread while it writes (p95 60 ms for eight, 86 ms for
 * sixteen): eight keep that turn short (docs/benchmarks.md, "Write volume of an import at scale").
 */
export const featuresPerCommit = 8;
/** How long computed features wait for others before they are written anyway. */
export const featureWriteDelayMs = 1_000;

/** Keeps articles' features current: computed one article per call, written in groups. */
export interface FeatureWrites {
  /**
   * Computes an article's features if they are not current (or whatever their signature says, with
   * `force`), and queues them to be written.
   */
  readonly refresh: (id: number, force?: boolean) => void;
  /**
   * Writes the queued features now (before suggestions are answered, and at close); returns the ids
   * whose features could not be written.
   */
  readonly flush: () => number[];
  /** Writes what is queued and stops. */
  readonly close: () => void;
  /** Whether an article's computed features wait to be written. */
  readonly isQueued: (id: number) => boolean;
}

/**
 * Creates the feature writes of a library: features computed at once, written together; `onStored`
 * is told after each group is written (the library may have grown past a step: features-catch-up.ts);
 * `watch`: which term count changes the writes record (library-count-watch.ts).
 */
export function createFeatureWrites(
  db: DatabaseSync,
  logger: Logger,
  onStored: () => void = () => undefined,
  watch: TermCountWatch = termCountWatch,
): FeatureWrites {
  const queued = new Map<number, ComputedFeatures>();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const flush = (): number[] => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (queued.size === 0) return [];
    const group = [...queued.values()];
    queued.clear();
    let failed: number[];
    try {
      failed = storeFeatures(db, group, watch);
      if (failed.length > 0) logger.error('Storing related-story features failed', { ids: failed });
    } catch (error) {
      // A full disk or a bug: the articles keep their old features (or none) until asked about again,
      // or until the next open gives features to those without.
      logger.error('Storing related-story features failed', { articles: group.length, error: String(error) });
      return group.map((c) => c.id);
    }
    // Outside the try: a stored group is never reported as failed because of what this sets off.
    if (!closed) onStored();
    return failed;
  };

  const refresh = (id: number, force = false): void => {
    if (closed) return;
    try {
      const computed = staleFeatures(db, id, queued.get(id)?.features.signature ?? null, force);
      // Current as stored (a text changed and changed back while queued) or gone: nothing to write.
      if (computed === 'stored' || computed === 'gone') queued.delete(id);
      if (typeof computed === 'string') return;
      queued.set(id, computed);
      if (queued.size >= featuresPerCommit) flush();
      else timer ??= setTimeout(flush, featureWriteDelayMs).unref();
    } catch (error) {
      logger.error('Computing related-story features failed', { id, error: String(error) });
    }
  };

  return {
    refresh,
    flush,
    close: () => {
      flush();
      closed = true;
    },
    isQueued: (id) => queued.has(id),
  };
}
