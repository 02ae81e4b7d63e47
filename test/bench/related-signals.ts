// Collects, for every fixture article of test/fixtures/related, the engine's ranking (as
// related-bench.ts gets it) and the signals of every candidate scoreRelated scored for it
// (main/core/related/candidate-signals.ts), labelled from the manifests. The library is built exactly
// as related-bench.ts builds it (pages imported one at a time in name order, every article's features
// then recomputed with the final counts), so the engine figures are the bench's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshFeatures } from '../../main/core/related/article-features.ts';
import { candidateSignals, type CandidateSignals } from '../../main/core/related/candidate-signals.ts';
import { openLibrary } from '../../main/core/library.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import { relatedEngineOf } from './related/engine-adapter.ts';
import { importFixturePages } from './related/import-fixture-pages.ts';
import {
  fixtureArticles,
  manifestProblems,
  pageFiles,
  readManifest,
  relatedFixturesDir,
  type FixtureArticle,
} from './related/related-manifest.ts';
import type { RankedFile } from './related/related-metrics.ts';
import { heldOutSets } from './related/held-out-sets.ts';

/** A fixture article and the set it is judged in ("tuning", "held-out", "held-out-2" …). */
export interface SetArticle extends FixtureArticle {
  readonly set: string;
}

/** One (query, candidate) row: the candidate's signals and whether it is a partner or a trap. */
export interface SignalRow {
  readonly query: string;
  readonly file: string;
  readonly signals: CandidateSignals;
  readonly relevant: boolean;
  readonly trap: boolean;
}

/** Everything the learning bench reads. */
export interface RelatedSignals {
  readonly articles: readonly SetArticle[];
  /** The set names in bench order. */
  readonly sets: readonly string[];
  /** The engine's suggestions per query file, as related-bench.ts ranks them. */
  readonly engine: ReadonlyMap<string, readonly RankedFile[]>;
  readonly rows: readonly SignalRow[];
}

const limit = 10;

// The main set's held-out clusters are judged apart from its tuning clusters (and singletons), as
// related-bench.ts prints them: two sets more than `heldOutSets`.
function setOf(dirName: string, article: FixtureArticle): string {
  if (dirName !== 'main') return dirName;
  return article.cluster !== null && article.heldOut ? 'held-out' : 'tuning';
}

/** Builds the fixture library in a temp dir and reads every query's ranking and candidate signals. */
export async function collectRelatedSignals(): Promise<RelatedSignals> {
  const dirs = [
    { name: 'main', dir: relatedFixturesDir },
    ...heldOutSets.map((name) => ({ name, dir: join(relatedFixturesDir, name) })),
  ];
  const articles: SetArticle[] = [];
  const paths: string[] = [];
  for (const { name, dir } of dirs) {
    const manifest = readManifest(dir);
    const problems = manifestProblems(manifest, pageFiles(dir));
    if (problems.length > 0) throw new Error(`${dir}/clusters.json is inconsistent:\n${problems.join('\n')}`);
    for (const a of fixtureArticles(manifest)) articles.push({ ...a, set: setOf(name, a) });
    for (const file of pageFiles(dir)) paths.push(join(dir, 'pages', file));
  }
  const work = await mkdtemp(join(tmpdir(), 'dossier-related-learn-'));
  const opened = await openLibrary({ dir: join(work, 'library') });
  if (!opened.ok) throw new Error(opened.error.message);
  const library = opened.value;
  try {
    const ids = await importFixturePages(library, paths);
    const second = openDatabase(join(work, 'library', 'library.sqlite'));
    if (!second.ok) throw new Error(second.error.message);
    const db = second.value.db;
    for (const id of [...ids.values()].sort((a, b) => a - b)) refreshFeatures(db, id, true);
    const fileOf = new Map([...ids].map(([file, id]) => [id, file]));
    const call = relatedEngineOf(library);
    if (call === null) throw new Error('The library has no getRelatedSuggestions');
    const engine = new Map<string, RankedFile[]>();
    const rows: SignalRow[] = [];
    for (const a of articles) {
      const id = ids.get(a.file) as ArticleId;
      const suggestions = await call(id, limit);
      engine.set(
        a.file,
        suggestions.map((s) => ({ file: fileOf.get(s.id) ?? `unknown article ${s.id}`, score: s.score })),
      );
      for (const signals of candidateSignals(db, id)) {
        const file = fileOf.get(signals.id as ArticleId) ?? `unknown article ${signals.id}`;
        rows.push({
          query: a.file,
          file,
          signals,
          relevant: a.relevant.has(file),
          trap: a.trapPartners.has(file),
        });
      }
    }
    db.close();
    const sets = ['tuning', 'held-out', ...heldOutSets];
    return { articles, sets, engine, rows };
  } finally {
    await library.close();
    await rm(work, { recursive: true, force: true });
  }
}
