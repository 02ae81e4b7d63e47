// Synthetic news-like articles for the search benchmark: Zipf-distributed vocabularies in several
// languages, so term frequencies (and hence posting-list lengths) look like a real library.

/** A seeded pseudo-random source in [0, 1), so two runs build the same library. */
export type Random = () => number;

/** mulberry32: tiny, fast, good enough for benchmark data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic language: an alphabet to make words from and its real most common words. */
interface LanguageSpec {
  readonly code: string;
  readonly share: number;
  readonly syllables: readonly string[];
  readonly common: readonly string[];
  /** CJK text has no spaces between words. */
  readonly joiner: string;
}

// Real Chinese text draws most characters from a few hundred common ones, which bounds the bigrams.
const cjkSyllables = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7));

const languages: readonly LanguageSpec[] = [
  {
    code: 'en',
    share: 0.5,
    syllables:
      'ba be ri con tion ment ar er in on st pro pre ex ver al ing ed ly ter an or el ous ive ture'.split(
        ' ',
      ),
    common: 'the of and to a in that is was for on with as by it he said at from his be an have are'.split(
      ' ',
    ),
    joiner: ' ',
  },
  {
    code: 'de',
    share: 0.15,
    syllables: 'ge ver be ung keit lich sch ein aus an ten er en der ü ö ä ß stra heit zu ach ig'.split(' '),
    common: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch'.split(
      ' ',
    ),
    joiner: ' ',
  },
  {
    code: 'fr',
    share: 0.15,
    syllables: 'le la é è ment tion con re de pré ou eau ais ier ê ç on an in ité eur que'.split(' '),
    common: 'de la le et les des en un du une que est pour qui dans par sur pas au avec'.split(' '),
    joiner: ' ',
  },
  {
    code: 'ru',
    share: 0.12,
    syllables: 'по ра ни ко ст во ть ение ова ски про на ре ё ый ая ов ми за ся ка то'.split(' '),
    common: 'и в не на что с по это как он к из а у о за от то все был'.split(' '),
    joiner: ' ',
  },
  {
    code: 'zh',
    share: 0.08,
    syllables: cjkSyllables,
    common: '的 是 在 了 和 有 人 这 中 大'.split(' '),
    joiner: '',
  },
];

/** A vocabulary with a Zipf sampler (rank r drawn with probability ∝ 1/r). */
interface Vocabulary {
  readonly spec: LanguageSpec;
  readonly words: readonly string[];
  readonly cumulative: Float64Array;
}

function makeWord(spec: LanguageSpec, random: Random): string {
  const count = spec.joiner === '' ? 2 : 1 + Math.floor(random() * 4);
  let word = '';
  for (let i = 0; i < count; i += 1)
    word += spec.syllables[Math.floor(random() * spec.syllables.length)] ?? '';
  return word;
}

function makeVocabulary(spec: LanguageSpec, size: number, random: Random): Vocabulary {
  const seen = new Set<string>(spec.common);
  const words = [...spec.common];
  while (words.length < size) {
    const word = makeWord(spec, random);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r += 1) cumulative[r] = total += 1 / (r + 1);
  for (let r = 0; r < size; r += 1) cumulative[r] = (cumulative[r] ?? 0) / total;
  return { spec, words, cumulative };
}

function sample(vocabulary: Vocabulary, random: Random): string {
  const x = random();
  let low = 0;
  let high = vocabulary.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((vocabulary.cumulative[middle] ?? 1) < x) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low] ?? '';
}

/** What the generator produces for one article (metadata as the store keeps it). */
export interface SyntheticArticle {
  readonly title: string;
  readonly byline: string;
  readonly siteName: string;
  readonly publishedTime: string;
  readonly lang: string;
  readonly text: string;
  readonly wordCount: number;
}

const firstNames =
  'Anna Ben Clara David Elena Farid Greta Hiro Ines Jonas Kira Lev Maria Noor Olga Pierre'.split(' ');
const lastNames = 'Müller Smith Dubois Ivanova Tanaka García Rossi Nowak Jensen Kowalski Petrov Martin'.split(
  ' ',
);

/** Builds articles of one seeded synthetic library. */
export function createArticleGenerator(
  seed: number,
  vocabularySize = 60_000,
): {
  readonly next: () => SyntheticArticle;
  readonly vocabularies: readonly Vocabulary[];
} {
  const random = seededRandom(seed);
  const vocabularies = languages.map((spec) => makeVocabulary(spec, vocabularySize, random));
  const sites = Array.from(
    { length: 300 },
    (_, i) => `${makeWord(languages[0] as LanguageSpec, random)}${i}.news`,
  );
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickLanguage = (): Vocabulary => {
    let x = random();
    for (const vocabulary of vocabularies) if ((x -= vocabulary.spec.share) < 0) return vocabulary;
    return vocabularies[0] as Vocabulary;
  };
  const sentence = (vocabulary: Vocabulary, words: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < words; i += 1) parts.push(sample(vocabulary, random));
    const text = parts.join(vocabulary.spec.joiner);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${vocabulary.spec.joiner === '' ? '。' : '.'}`;
  };
  const next = (): SyntheticArticle => {
    const vocabulary = pickLanguage();
    // Log-uniform 300–3,000 words: many short news items, some long features.
    const wordCount = Math.round(300 * Math.pow(10, random()));
    const paragraphs: string[] = [];
    let written = 0;
    while (written < wordCount) {
      const sentences: string[] = [];
      for (let s = 0; s < 4 && written < wordCount; s += 1) {
        const words = Math.min(wordCount - written, 8 + Math.floor(random() * 20));
        sentences.push(sentence(vocabulary, words));
        written += words;
      }
      paragraphs.push(sentences.join(vocabulary.spec.joiner === '' ? '' : ' '));
    }
    const day = new Date(Date.UTC(2005, 0, 1) + Math.floor(random() * 22 * 365) * 86_400_000);
    return {
      title: sentence(vocabulary, 5 + Math.floor(random() * 7)).slice(0, -1),
      byline: `${pick(firstNames)} ${pick(lastNames)}`,
      siteName: sites[Math.floor(sites.length * Math.pow(random(), 2))] ?? '',
      publishedTime: day.toISOString(),
      lang: vocabulary.spec.code,
      text: paragraphs.join('\n'),
      wordCount,
    };
  };
  return { next, vocabularies };
}
