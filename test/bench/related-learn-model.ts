// An L2-regularised logistic regression in plain TypeScript, for the related-stories learning bench.
// Deterministic by construction: features are standardised with the training rows' mean and spread,
// weights start at zero and full-batch gradient descent runs a fixed number of steps, so the same rows
// give the same weights on every run and machine (no random start, no shuffling).

/** How a model is trained. */
export interface LogisticOptions {
  /** The L2 penalty on the (standardised) weights, not on the bias. */
  readonly l2: number;
  readonly iterations: number;
  readonly rate: number;
  /** Weight of a positive row in the loss (negatives weigh 1): pairs are rare among candidates. */
  readonly positiveWeight: number;
}

/** A trained model: the probability that a row is positive. */
export interface LogisticModel {
  readonly predict: (row: readonly number[]) => number;
  /** Weights on the standardised features (the bias last), for printing. */
  readonly weights: readonly number[];
}

/** The defaults the bench uses. */
export const defaultLogisticOptions: LogisticOptions = {
  l2: 0.01,
  iterations: 600,
  rate: 0.5,
  positiveWeight: 1,
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Trains on rows (equal length) and 0/1 labels. */
export function trainLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  options: LogisticOptions = defaultLogisticOptions,
  /** Each row's weight in the loss (e.g. traps as hard negatives); positives default to positiveWeight. */
  weights?: readonly number[],
): LogisticModel {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const mean = Array.from({ length: width }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / n);
  const spread = mean.map((m, j) => {
    const variance = rows.reduce((s, r) => s + ((r[j] ?? 0) - m) ** 2, 0) / n;
    // A constant feature carries nothing: dividing by 1 keeps it at 0 after centring.
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const standard = (row: readonly number[]): number[] =>
    row.map((value, j) => (value - (mean[j] ?? 0)) / (spread[j] ?? 1));
  const x = rows.map(standard);
  const rowWeight = labels.map((y, i) => weights?.[i] ?? (y === 1 ? options.positiveWeight : 1));
  const total = rowWeight.reduce((s, w) => s + w, 0);
  const w = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < options.iterations; step += 1) {
    const gradient = new Array<number>(width).fill(0);
    let gradientBias = 0;
    for (let i = 0; i < n; i += 1) {
      const xi = x[i] ?? [];
      let z = bias;
      for (let j = 0; j < width; j += 1) z += (w[j] ?? 0) * (xi[j] ?? 0);
      const error = ((sigmoid(z) - (labels[i] ?? 0)) * (rowWeight[i] ?? 1)) / total;
      for (let j = 0; j < width; j += 1) gradient[j] = (gradient[j] ?? 0) + error * (xi[j] ?? 0);
      gradientBias += error;
    }
    for (let j = 0; j < width; j += 1)
      w[j] = (w[j] ?? 0) - options.rate * ((gradient[j] ?? 0) + options.l2 * (w[j] ?? 0));
    bias -= options.rate * gradientBias;
  }
  return {
    predict: (row) => {
      const s = standard(row);
      let z = bias;
      for (let j = 0; j < width; j += 1) z += (w[j] ?? 0) * (s[j] ?? 0);
      return sigmoid(z);
    },
    weights: [...w, bias],
  };
}
