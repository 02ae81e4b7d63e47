// Optional cache of the learning bench's signals (a JSON file the caller names with --cache), so that
// trying another model does not rebuild the fixture library (~1 minute). Without a path, or when the
// file does not exist yet, the signals are collected (and then written to the path, if given).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LearnData } from './related-learn-loso.ts';
import { collectRelatedSignals, type SetArticle } from './related-signals.ts';
import type { RankedFile } from './related/related-metrics.ts';

interface Stored {
  readonly articles: readonly (Omit<SetArticle, 'relevant' | 'trapPartners'> & {
    relevant: string[];
    trapPartners: string[];
  })[];
  readonly sets: readonly string[];
  readonly rows: LearnData['rows'];
  readonly engine: readonly [string, readonly RankedFile[]][];
}

/** The signals from `path` if it exists, else collected (and stored at `path` when given). */
export async function loadOrCollect(path: string | null): Promise<LearnData> {
  if (path !== null && existsSync(path)) {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    return {
      articles: stored.articles.map((a) => ({
        ...a,
        relevant: new Set(a.relevant),
        trapPartners: new Set(a.trapPartners),
      })),
      sets: stored.sets,
      rows: stored.rows,
      engine: new Map(stored.engine),
    };
  }
  const data = await collectRelatedSignals();
  if (path !== null) {
    const stored: Stored = {
      articles: data.articles.map((a) => ({
        ...a,
        relevant: [...a.relevant],
        trapPartners: [...a.trapPartners],
      })),
      sets: data.sets,
      rows: data.rows,
      engine: [...data.engine],
    };
    writeFileSync(path, JSON.stringify(stored));
  }
  return data;
}
