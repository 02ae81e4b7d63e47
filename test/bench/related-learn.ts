// Does a learned combination of the related-stories engine's signals beat its hand rules on sets it
// was not trained on? Builds the fixture library as related-bench.ts does, exports one row per (query,
// candidate scoreRelated scored) with its signals and label (related-signals.ts), then, for each of
// the fixture sets, trains a logistic regression (related-learn-model.ts) on the rows of the others and
// ranks that set's candidates by it: leave-one-set-out. Figures come from related-metrics.ts, as
// related-bench.ts computes them. "first run" is the engine's blind first run on the set
// (docs/benchmarks.md); "pool" is the best p@3 any re-ranking of the scored candidates could reach.
// Run: npm run bench:related-learn [-- --weights] [-- --cache FILE] [-- --trap-weight N (default 1)]
import { performance } from 'node:perf_hooks';
import { featureNames, featureRow, type FeatureSet } from './related-learn-features.ts';
import { trainLogistic } from './related-learn-model.ts';
import { leaveOneSetOut } from './related-learn-loso.ts';
import { loadOrCollect } from './related-signals-cache.ts';
import type { SetArticle, SignalRow } from './related-signals.ts';
import { relatedFigures, type RankedFile, type RelatedFigures } from './related/related-metrics.ts';
import { heldOutSets } from './related/held-out-sets.ts';

const featureSets: readonly FeatureSet[] = ['all', 'signals', 'evidence'];
/** The engine's p@3 on each blind set's first run (docs/benchmarks.md, "Held-out-K … written blind"). */
const firstRuns: Readonly<Record<string, number>> = Object.fromEntries(
  [0.222, 0.333, 0.583, 0.75, 0.667, 0.667, 0.875, 0.583, 0.75, 0.667, 0.667, 0.583, 0.583, 0.417, 0.667]
    .concat([0.625, 0.75, 0.5, 0.75, 0.333, 0.625, 0.25, 0.5, 0.5, 0.333, 0.292, 0.583, 0.333, 0.708, 0.75])
    .concat([
      0.5, 0.208, 0.583, 0.458, 0.583, 0.625, 0.542, 0.333, 0.583, 0.417, 0.583, 0.667, 0.417, 0.333, 0.583,
      0.542, 0.708, 0.417, 0.583, 0.5, 0.5, 0.5, 0.5, 0.583, 0.333, 0.417, 0.417, 0.25, 0.458, 0.25, 0.25,
    ])
    .map((p, i) => [`held-out-${i + 3}`, p]),
);
const lastBlind = Object.keys(firstRuns).length + 2;
const blindLabel = `blind sets 3–${lastBlind}`;

function argAfter(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at < 0 ? null : (process.argv[at + 1] ?? null);
}

const wall = performance.now();
const cpu = process.cpuUsage();
const data = await loadOrCollect(argAfter('--cache'));
const collectedMs = performance.now() - wall;
const candidatesOf = new Map<string, SignalRow[]>();
for (const row of data.rows) candidatesOf.set(row.query, [...(candidatesOf.get(row.query) ?? []), row]);

/** The pool's ceiling: every partner the engine scored, first. */
const pool = new Map(
  data.articles.map((a) => [
    a.file,
    (candidatesOf.get(a.file) ?? []).filter((r) => r.relevant).map((r) => ({ file: r.file, score: 1 })),
  ]),
);
/** The engine's own order over every candidate it scored, with no display floor. */
const engineUncut = new Map(
  data.articles.map((a) => [
    a.file,
    (candidatesOf.get(a.file) ?? [])
      .toSorted((x, y) => x.signals.rank - y.signals.rank)
      .slice(0, 10)
      .map((r) => ({ file: r.file, score: r.signals.score })),
  ]),
);
const trapWeight = Number(argAfter('--trap-weight') ?? '1');
const learned = new Map(featureSets.map((set) => [set, leaveOneSetOut(data, set, trapWeight)]));
const subsets: readonly { label: string; pick: (a: SetArticle) => boolean }[] = [
  { label: 'all (pooled)', pick: () => true },
  ...data.sets.map((name) => ({ label: name, pick: (a: SetArticle) => a.set === name })),
  { label: blindLabel, pick: (a: SetArticle) => a.set in firstRuns },
  { label: 'non-English', pick: (a: SetArticle) => a.lang !== 'en' },
];
const figures = (label: string, rankings: ReadonlyMap<string, readonly RankedFile[]>): RelatedFigures =>
  relatedFigures(
    data.articles.filter(subsets.find((s) => s.label === label)?.pick ?? (() => false)),
    (file) => rankings.get(file) ?? [],
  );
const cell = (value: number | null | undefined): string =>
  value === null || value === undefined ? '    –' : value.toFixed(3);
const firstRunMean = Object.values(firstRuns).reduce((s, p) => s + p, 0) / Object.keys(firstRuns).length;

const lines = [
  `related-learn: ${data.articles.length} articles, ${data.rows.length} (query, candidate) rows, ${data.rows.filter((r) => r.relevant).length} partners, ${data.rows.filter((r) => r.trap).length} traps; L2 logistic regression, leave-one-set-out over ${data.sets.length} sets`,
  `first: the engine's blind first run (mean of held-out-3…${lastBlind}: ${firstRunMean.toFixed(3)}). Learned columns show the candidates at or above the set's cut (learnt on the other sets); 'all, uncut' ranks every candidate, as 'engine uncut' does by the engine's score; cut/share/conf: the display cut and confident line learnt per set; pool: ceiling of any re-ranking.`,
  `${'set'.padEnd(16)} queries first | engine p@3 traps sing  | all p@3 r@5   traps sing  cut/share/conf | signals p@3 traps | evidence p@3 traps | all, uncut p@3 traps | engine uncut | pool`,
];
for (const { label } of subsets) {
  const engine = figures(label, data.engine);
  const [all, signals, evidence] = featureSets.map((set) =>
    figures(label, learned.get(set)?.shown ?? new Map()),
  );
  const uncut = figures(label, learned.get('all')?.ranked ?? new Map());
  const engineAll = figures(label, engineUncut);
  const d = learned.get('all')?.cuts.get(label);
  const first = label === blindLabel ? firstRunMean : firstRuns[label];
  lines.push(
    [
      `${label.padEnd(16)} ${String(engine.queries).padStart(7)} ${cell(first)}`,
      `${cell(engine.precisionAt3)} ${cell(engine.trapRateAt3)} ${cell(engine.singletonFalseConfidence)}`,
      `${cell(all?.precisionAt3)} ${cell(all?.recallAt5)} ${cell(all?.trapRateAt3)} ${cell(all?.singletonFalseConfidence)} ${d === undefined ? '   –            ' : `${d.cut.toFixed(2)}/${d.share.toFixed(1)}/${d.confident.toFixed(2)}`}`,
      `${cell(signals?.precisionAt3)} ${cell(signals?.trapRateAt3)}      `,
      `${cell(evidence?.precisionAt3)} ${cell(evidence?.trapRateAt3)}       `,
      `${cell(uncut.precisionAt3)} ${cell(uncut.trapRateAt3)}         `,
      `${cell(engineAll.precisionAt3)} ${cell(engineAll.trapRateAt3)}`,
      cell(figures(label, pool).precisionAt3),
    ].join(' | '),
  );
}
// Forward: each blind set ranked by models trained only on the sets written before it, as the engine
// had seen only those at its first run (the signals are still today's engine's: see the verdict).
const before = (held: string): ReadonlySet<string> =>
  held in firstRuns ? new Set(data.sets.slice(0, data.sets.indexOf(held))) : new Set();
const forward = new Map(
  (['all', 'evidence'] as const).map((set) => [set, leaveOneSetOut(data, set, trapWeight, before).shown]),
);
lines.push(
  `forward (trained on the earlier sets only)  first | all p@3 traps sing | evidence p@3 traps sing`,
);
for (const label of [...Object.keys(firstRuns), blindLabel]) {
  const [all, evidence] = (['all', 'evidence'] as const).map((set) =>
    figures(label, forward.get(set) ?? new Map()),
  );
  lines.push(
    `  ${label.padEnd(40)} ${cell(label in firstRuns ? firstRuns[label] : firstRunMean)} | ${cell(all?.precisionAt3)} ${cell(all?.trapRateAt3)} ${cell(all?.singletonFalseConfidence)} | ${cell(evidence?.precisionAt3)} ${cell(evidence?.trapRateAt3)} ${cell(evidence?.singletonFalseConfidence)}`,
  );
}
if (process.argv.includes('--weights')) {
  const model = trainLogistic(
    data.rows.map((r) => featureRow(r.signals, 'all')),
    data.rows.map((r) => (r.relevant ? 1 : 0)),
  );
  const names = [...featureNames('all'), 'bias'];
  lines.push(`weights on standardised features, trained on all ${heldOutSets.length + 2} sets (all):`);
  lines.push(...model.weights.map((w, j) => `  ${(names[j] ?? '?').padEnd(26)} ${w.toFixed(3)}`));
}
process.stdout.write(`${lines.join('\n')}\n`);
const used = process.cpuUsage(cpu);
// Time goes to stderr: stdout is the same on every run for the same input.
process.stderr.write(
  `collect ${(collectedMs / 1000).toFixed(1)} s wall; total ${((performance.now() - wall) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU\n`,
);
