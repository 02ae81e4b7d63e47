// Synthetic articles for the related benches: random words drawn from a Zipf-like vocabulary of made-up
// syllable words, with people, places and figures, grouped in small stories (4 articles a story). The
// generator is a seeded LCG whose state is shared by `article` and `random`: the same calls in the
// same order give the same articles on every run.
import type { SyntheticArticle } from './bulk-features.ts';

/** A seeded source of synthetic articles; `article(n)` draws from the same state as `random`. */
export interface SyntheticArticles {
  readonly article: (n: number) => SyntheticArticle;
  readonly random: () => number;
}

const syllables = 'ka ro mi te su na lo vi de pa zu or an el is ut ba ne fo gri'.split(' ');
const wordOf = (n: number): string => {
  let word = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / syllables.length))
    word += syllables[k % syllables.length] ?? '';
  return word.length < 4 ? `${word}ex` : word;
};

/** A generator of synthetic articles seeded with `seed`. */
export function syntheticArticles(seed = 42): SyntheticArticles {
  let state = seed;
  const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  // Zipf-like: low ranks are common words, high ranks rare ones.
  const zipf = (size: number): number => Math.floor(size ** random()) - 1;
  const article = (n: number): SyntheticArticle => {
    const story = Math.floor(n / 4);
    const words: string[] = [];
    for (let i = 0; i < 400; i += 1) words.push(wordOf(zipf(50_000)));
    for (let i = 0; i < 10; i += 1) words.push(wordOf(100_000 + story));
    words.push(`${(story % 9000) + 1000} people`, `$${(story % 97) + 1}.5 billion`);
    const person = `${wordOf(200_000 + (story % 5000))} ${wordOf(300_000 + story)}`;
    const entities: [string, string][] = [
      [person.replace(/\b\w/gu, (c) => c.toUpperCase()), 'person'],
      [wordOf(400_000 + zipf(3000)).toUpperCase(), 'organisation'],
    ];
    const publishedTime = new Date(Date.UTC(2025, 0, 1 + (n % 700))).toISOString();
    return { title: `Story ${n}`, text: words.join(' '), publishedTime, entities };
  };
  return { article, random };
}
