// Measures related-story suggestions on the fixture set in test/fixtures/related: imports its pages
// into a fresh temp library through the real import API, waits for the background entity suggestions,
// then ranks every article with Dossier's getRelatedSuggestions (when the library has it) and with a
// plain word-overlap baseline, and prints precision@3, recall@5, the trap rate in the top 3 and the
// singletons' false confidence (defined in related/related-metrics.ts) for all articles, the tuning
// clusters, the held-out clusters, the 2nd to 55th held-out sets (held-out-2/ to held-out-55/,
// imported into the same library) and the non-English articles. The pages are imported one at a time
// in name order and every article's features are then recomputed with the final document counts, so
// that the same input gives the same figures on every run (see related/import-fixture-pages.ts).
// Run: npm run bench:related [-- --json] [-- --details [--weights]] [-- --misses] [-- --leave-out SETS]
// [-- --pad N] [-- --no-settle]
// (--misses: each query short of partners or holding a wrong article, and why; print-misses.ts;
// --leave-out held-out-44[,…]: a run without those sets, to see which figures hang on their articles;
// --pad 5000: the library first gets 5,000 synthetic distractor articles (related/pad-library.ts,
// made-up words in stories of 4, as in bench:related-speed), then the pages are imported; every
// article, distractors included, is then recomputed in id order. Distractors are not queried, but
// they are ranked like any article: one in a fixture article's top 3 is a wrong suggestion, shown
// as distractor-ID. The word-overlap baseline ranks the fixture articles only, padded or not).
// --no-settle: no settling pass, so each article keeps the features the import computed with the
// document counts of its moment, as a library built one import at a time holds them, once the engine
// has recomputed in the background those computed at a smaller step of the library's size (issue 6,
// features-catch-up.ts; both runs wait for it).
// Figures go to docs/benchmarks.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { refreshFeatures } from '../../main/core/related/article-features.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import { openLibrary } from '../../main/core/library.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import { relatedEngineOf } from './related/engine-adapter.ts';
import { importFixturePages } from './related/import-fixture-pages.ts';
import { missesReport } from './related/print-misses.ts';
import {
  fixtureArticles,
  manifestProblems,
  pageFiles,
  readManifest,
  relatedFixturesDir,
  type FixtureArticle,
} from './related/related-manifest.ts';
import { relatedFigures, type RankedFile, type RelatedFigures } from './related/related-metrics.ts';
import { rankByWordOverlap } from './related/word-overlap.ts';
import { setsLeftIn } from './related/held-out-sets.ts';
import { distractorName, padLibrary } from './related/pad-library.ts';
import { waitForCatchUp } from './related/wait-for-catch-up.ts';

const limit = 10;
const args = process.argv.slice(2);
const leaveOutAt = args.indexOf('--leave-out');
const heldOutSets = setsLeftIn(leaveOutAt < 0 ? null : (args[leaveOutAt + 1] ?? ''));
const padAt = args.indexOf('--pad');
const pad = padAt < 0 ? 0 : Number(args[padAt + 1]);
if (!Number.isSafeInteger(pad) || pad < 0)
  throw new Error(`--pad needs a number of articles, not ${args[padAt + 1]}`);

const sets = [
  { name: 'main', dir: relatedFixturesDir },
  ...heldOutSets.map((name) => ({ name, dir: join(relatedFixturesDir, name) })),
].map((set) => {
  const manifest = readManifest(set.dir);
  const problems = manifestProblems(manifest, pageFiles(set.dir));
  if (problems.length > 0)
    throw new Error(`${set.dir}/clusters.json is inconsistent:\n${problems.join('\n')}`);
  return { ...set, manifest };
});
const pathOf = new Map(
  sets.flatMap((set) => pageFiles(set.dir).map((file) => [file, join(set.dir, 'pages', file)] as const)),
);
const articles = sets.flatMap((set) => fixtureArticles(set.manifest).map((a) => ({ ...a, set: set.name })));

/** The subsets the figures are printed for. */
const subsets: readonly {
  readonly label: string;
  readonly pick: (a: FixtureArticle & { set: string }) => boolean;
}[] = [
  { label: 'all articles', pick: () => true },
  { label: 'tuning clusters', pick: (a) => a.cluster !== null && !a.heldOut },
  { label: 'held-out clusters', pick: (a) => a.cluster !== null && a.heldOut && a.set === 'main' },
  ...heldOutSets.map((name) => ({ label: `${name} (all)`, pick: (a: { set: string }) => a.set === name })),
  { label: 'non-English', pick: (a) => a.lang !== 'en' },
];

function figuresBySubset(
  rankings: ReadonlyMap<string, readonly RankedFile[]>,
): Record<string, RelatedFigures> {
  return Object.fromEntries(
    subsets.map((s) => [
      s.label,
      relatedFigures(articles.filter(s.pick), (file) => rankings.get(file) ?? []),
    ]),
  );
}

const work = await mkdtemp(join(tmpdir(), 'dossier-related-bench-'));
const opened = await openLibrary({ dir: join(work, 'library') });
if (!opened.ok) throw new Error(opened.error.message);
const library = opened.value;
try {
  const padStarted = performance.now();
  const distractors =
    pad === 0 ? [] : padLibrary(join(work, 'library', 'library.sqlite'), pad, () => undefined);
  if (pad > 0)
    process.stderr.write(`${pad} distractors in ${((performance.now() - padStarted) / 1000).toFixed(0)} s\n`);
  const ids = await importFixturePages(library, [...pathOf.values()]);
  // Settle: every article's term weights from the final document counts, in id order. `--no-settle`
  // keeps the features as the import computed them, each with the counts of its own moment, as a
  // library that grew one import at a time holds them (docs/benchmarks.md, "Suggestions depend on the
  // order articles were imported").
  const second = openDatabase(join(work, 'library', 'library.sqlite'));
  if (!second.ok) throw new Error(second.error.message);
  // Distractors' thousands of commits need not wait for the disk (it changes no figure).
  if (pad > 0) second.value.db.exec('PRAGMA synchronous = OFF');
  // The engine recomputes in the background the articles computed while the library was smaller
  // (features-catch-up.ts); features it holds then are written before the settling pass writes over them.
  await waitForCatchUp(second.value.db);
  if (!args.includes('--no-settle'))
    for (const id of [...distractors, ...ids.values()].sort((a, b) => a - b))
      refreshFeatures(second.value.db, id, true);
  const fileOf = new Map<number, string>([
    ...distractors.map((id) => [id, distractorName(id)] as const),
    ...[...ids].map(([file, id]) => [id, file] as const),
  ]);
  const documents = await Promise.all(
    articles.map(async (a) => {
      const detail = await library.getArticle({ id: ids.get(a.file) as ArticleId });
      if (!detail.ok) throw new Error(detail.error.message);
      return { file: a.file, text: `${detail.value.title}\n${detail.value.text}` };
    }),
  );
  const baseline = rankByWordOverlap(documents, limit);
  const engine = relatedEngineOf(library);
  const engineRankings = new Map<string, RankedFile[]>();
  const summaries = new Map<string, string[]>();
  const details = new Map<string, string[]>();
  let engineMs = 0;
  if (engine !== null)
    for (const a of articles) {
      const started = performance.now();
      const suggestions = await engine(ids.get(a.file) as ArticleId, limit);
      engineMs += performance.now() - started;
      engineRankings.set(
        a.file,
        suggestions.map((s) => ({ file: fileOf.get(s.id) ?? `unknown article ${s.id}`, score: s.score })),
      );
      summaries.set(
        a.file,
        suggestions.map((s) => (args.includes('--weights') ? s.detail : s.summary)),
      );
      details.set(
        a.file,
        suggestions.map((s) => s.detail),
      );
    }
  const report = {
    articles: articles.length,
    clusters: sets.reduce((total, set) => total + set.manifest.clusters.length, 0),
    heldOutClusters: sets.flatMap((set) => set.manifest.clusters.filter((c) => c.heldOut).map((c) => c.name)),
    baseline: figuresBySubset(baseline),
    dossier: engine === null ? null : figuresBySubset(engineRankings),
    dossierMsPerArticle: engine === null ? null : engineMs / articles.length,
    ...(pad > 0 ? { pad } : {}),
  };
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    const cell = (value: number | null): string => (value === null ? '    –' : value.toFixed(3));
    const table = (name: string, figures: Record<string, RelatedFigures>): string =>
      [
        `${name.padEnd(20)} queries  p@3    r@5    traps@3  singletons≥0.5`,
        ...Object.entries(figures).map(
          ([label, f]) =>
            `  ${label.padEnd(18)} ${String(f.queries).padStart(7)}  ${cell(f.precisionAt3)}  ${cell(f.recallAt5)}  ${cell(f.trapRateAt3)}    ${cell(f.singletonFalseConfidence)}`,
        ),
      ].join('\n');
    process.stdout.write(
      `related: ${report.articles} articles, ${report.clusters} clusters (held out: ${report.heldOutClusters.join(', ')})\n`,
    );
    if (pad > 0)
      process.stdout.write(`padded: ${pad} synthetic distractor articles, written before the pages\n`);
    process.stdout.write(`${table('word-overlap baseline', report.baseline)}\n`);
    if (report.dossier === null)
      process.stdout.write('Dossier: the library has no getRelatedSuggestions yet\n');
    else process.stdout.write(`${table('Dossier', report.dossier)}\n`);
    // Time goes to stderr: stdout is the same on every run for the same input.
    if (report.dossierMsPerArticle !== null)
      process.stderr.write(`Dossier: ${report.dossierMsPerArticle.toFixed(1)} ms per article\n`);
    if (args.includes('--details'))
      for (const a of articles) {
        const top = (ranking: readonly RankedFile[] | undefined): string =>
          (ranking ?? [])
            .slice(0, 3)
            .map((r) => `${r.file} ${r.score.toFixed(2)}`)
            .join(' · ');
        process.stdout.write(
          `\n${a.file} (${a.cluster ?? 'singleton'})\n  baseline: ${top(baseline.get(a.file))}\n`,
        );
        if (engine !== null)
          process.stdout.write(
            `  dossier:  ${top(engineRankings.get(a.file))}\n  why: ${summaries.get(a.file)?.slice(0, 3).join('\n       ')}\n`,
          );
      }
    if (args.includes('--misses') && engine !== null)
      process.stdout.write(
        `${missesReport(
          second.value.db,
          articles,
          (file) => ids.get(file) as ArticleId,
          (file) =>
            (engineRankings.get(file) ?? []).map((r, index) => ({
              ...r,
              why: details.get(file)?.[index] ?? '',
            })),
        )}\n`,
      );
  }
  second.value.db.close();
} finally {
  await library.close();
  await rm(work, { recursive: true, force: true });
}
