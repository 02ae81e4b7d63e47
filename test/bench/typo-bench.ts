// Times typo suggestions against a synthetic vocabulary: `node test/bench/typo-bench.ts [--terms N]`.
import { performance } from 'node:perf_hooks';
import { SpellingSuggester } from '../../main/core/search/spelling.ts';

const flag = process.argv.indexOf('--terms');
const termCount = flag === -1 ? 500_000 : Number(process.argv[flag + 1]);
const letters = 'etaoinshrdlcumwfgypbvkjxqz';

// A seeded generator, so runs compare; letters drawn with a rough English skew.
let seed = 42;
// mulberry32: 32-bit integer steps, so the sequence does not collapse the way a float LCG does.
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const letter = (): string => letters[Math.floor(random() ** 1.5 * letters.length)] ?? 'e';

const frequencies = new Map<string, number>();
while (frequencies.size < termCount) {
  // Mostly 5–10 letters, as in news text's long tail.
  const length = 3 + Math.floor(random() * 12);
  let term = '';
  for (let i = 0; i < length; i += 1) term += letter();
  // Zipf-like document frequencies.
  frequencies.set(term, Math.max(1, Math.floor(100_000 / (frequencies.size + 1))));
}
const terms = [...frequencies.keys()].filter((t) => t.length >= 5);

let start = performance.now();
const suggester = new SpellingSuggester(frequencies);
const buildMs = performance.now() - start;

const typo = (term: string): string => {
  const i = 1 + Math.floor(random() * (term.length - 2));
  return term.slice(0, i) + (term[i + 1] ?? '') + (term[i] ?? '') + term.slice(i + 2);
};
const queries = Array.from({ length: 500 }, () =>
  typo(terms[Math.floor(random() * terms.length)] ?? 'summit'),
);
const times: number[] = [];
let found = 0;
for (const query of queries) {
  start = performance.now();
  if (suggester.suggest(query) !== null) found += 1;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (p: number): string => (times[Math.floor((times.length - 1) * p)] ?? 0).toFixed(2);
process.stdout.write(
  `${termCount} terms: build ${buildMs.toFixed(0)} ms; ${queries.length} typo lookups ` +
    `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms; suggestions for ${found}\n`,
);
