// Leave-one-set-out for the related-stories learning bench: for each set, a model trained on the rows
// of the other sets (no row whose query or candidate is in the held set) ranks the held set's
// candidates. A ranking always fills its top 3, which the trap rate punishes where the engine shows
// fewer, so a display cut is learnt too, on the training sets only: the probability at or above
// which a candidate is shown, the one giving the best training p@3 whose training trap rate is no
// worse than the engine's on the same queries.
import { featureRow, type FeatureSet } from './related-learn-features.ts';
import { defaultLogisticOptions, trainLogistic, type LogisticModel } from './related-learn-model.ts';
import type { SetArticle, SignalRow } from './related-signals.ts';
import { relatedFigures, type RankedFile } from './related/related-metrics.ts';

/** What leave-one-set-out reads. */
export interface LearnData {
  readonly articles: readonly SetArticle[];
  readonly sets: readonly string[];
  readonly rows: readonly SignalRow[];
  readonly engine: ReadonlyMap<string, readonly RankedFile[]>;
}

/** The held-out rankings: every candidate (top 10) and those shown above the set's learnt cut. */
export interface LeaveOneSetOut {
  readonly ranked: Map<string, RankedFile[]>;
  readonly shown: Map<string, RankedFile[]>;
  readonly cuts: Map<string, DisplayCut & { readonly confident: number }>;
}

const limit = 10;
const cutGrid = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
const shareGrid = [0, 0.2, 0.4, 0.6];

function rowsByQuery(rows: readonly SignalRow[]): Map<string, SignalRow[]> {
  const found = new Map<string, SignalRow[]>();
  for (const row of rows) {
    const list = found.get(row.query);
    if (list === undefined) found.set(row.query, [row]);
    else list.push(row);
  }
  return found;
}

/** A query's candidates by a model, best first (ties by article id), top 10. */
function rank(model: LogisticModel, rows: readonly SignalRow[], set: FeatureSet): RankedFile[] {
  return rows
    .map((r) => ({ file: r.file, id: r.signals.id, score: model.predict(featureRow(r.signals, set)) }))
    .sort((x, y) => y.score - x.score || x.id - y.id)
    .slice(0, limit)
    .map(({ file, score }) => ({ file, score }));
}

/** Which candidates are shown: probability ≥ max(cut, share × the best one's). */
export interface DisplayCut {
  readonly cut: number;
  readonly share: number;
}

const above = (ranking: readonly RankedFile[], d: DisplayCut): RankedFile[] =>
  ranking.filter((r) => r.score >= Math.max(d.cut, d.share * (ranking[0]?.score ?? 0)));

/** The cut giving the best p@3 on these queries with a trap rate no worse than `maxTraps`. */
export function chooseCut(
  queries: readonly SetArticle[],
  ranked: ReadonlyMap<string, readonly RankedFile[]>,
  maxTraps: number,
): DisplayCut {
  let best = { cut: { cut: 0.95, share: 0 }, precision: -1 };
  for (const share of shareGrid)
    for (const cut of cutGrid) {
      const f = relatedFigures(queries, (file) => above(ranked.get(file) ?? [], { cut, share }));
      const precision = f.precisionAt3 ?? 0;
      // Higher cuts come later: on equal precision the one showing fewer wins (>=).
      if ((f.trapRateAt3 ?? 0) <= maxTraps && precision >= best.precision)
        best = { cut: { cut, share }, precision };
    }
  return best.cut;
}

/**
 * The probability a displayed 0.5 stands for: the lowest on the grid at which no more training
 * singletons look confident than the engine's do, so the learnt score keeps the confident line's meaning.
 */
function chooseConfidence(
  queries: readonly SetArticle[],
  ranked: ReadonlyMap<string, readonly RankedFile[]>,
  maxFalseConfidence: number,
): number {
  const singletons = queries.filter((q) => q.singleton);
  for (const c of [0.5, ...cutGrid.filter((g) => g > 0.5), 0.99]) {
    const confident = singletons.filter((q) => (ranked.get(q.file)?.[0]?.score ?? 0) >= c).length;
    if (confident <= maxFalseConfidence * singletons.length) return c;
  }
  return 0.99;
}

/** A probability as a displayed score whose 0.5 is `confident` (monotone: the order is kept). */
const displayed = (p: number, confident: number): number =>
  p < confident ? (0.5 * p) / confident : 0.5 + (0.5 * (p - confident)) / (1 - confident);

/** Trains one model per held set on the others and ranks the held set with it. */
export function leaveOneSetOut(
  data: LearnData,
  set: FeatureSet,
  trapWeight = 1,
  /** The sets a held set's model learns from (default: all the others); empty: the set is skipped. */
  trainedOn: (held: string) => ReadonlySet<string> = (held) => new Set(data.sets.filter((s) => s !== held)),
): LeaveOneSetOut {
  const setOf = new Map(data.articles.map((a) => [a.file, a.set]));
  const byQuery = rowsByQuery(data.rows);
  const ranked = new Map<string, RankedFile[]>();
  const shown = new Map<string, RankedFile[]>();
  const cuts: LeaveOneSetOut['cuts'] = new Map();
  for (const held of data.sets) {
    const learnt = trainedOn(held);
    if (learnt.size === 0) continue;
    const inTraining = (file: string): boolean => learnt.has(setOf.get(file) ?? '');
    const training = data.rows.filter((r) => inTraining(r.query) && inTraining(r.file));
    const model = trainLogistic(
      training.map((r) => featureRow(r.signals, set)),
      training.map((r) => (r.relevant ? 1 : 0)),
      defaultLogisticOptions,
      training.map((r) => (r.relevant ? 1 : r.trap ? trapWeight : 1)),
    );
    const trainingQueries = data.articles.filter((a) => learnt.has(a.set));
    const inSample = new Map(
      trainingQueries.map((a) => [
        a.file,
        rank(
          model,
          (byQuery.get(a.file) ?? []).filter((r) => inTraining(r.file)),
          set,
        ),
      ]),
    );
    const engine = relatedFigures(trainingQueries, (file) => data.engine.get(file) ?? []);
    const cut = chooseCut(trainingQueries, inSample, engine.trapRateAt3 ?? 0);
    const confident = chooseConfidence(trainingQueries, inSample, engine.singletonFalseConfidence ?? 0);
    cuts.set(held, { ...cut, confident });
    for (const a of data.articles.filter((article) => article.set === held)) {
      const ranking = rank(model, byQuery.get(a.file) ?? [], set);
      const scaled = ranking.map((r) => ({ ...r, score: displayed(r.score, confident) }));
      ranked.set(a.file, scaled);
      shown.set(
        a.file,
        above(ranking, cut).map((r) => ({ ...r, score: displayed(r.score, confident) })),
      );
    }
  }
  return { ranked, shown, cuts };
}
