import { legalSuffixes } from '../entities/organisation-words.ts';
import type { FeatureRow } from '../store/related-repository.ts';
import { nameByCapitals } from './capitalised-names.ts';
import { namesInCaselessWords } from './consonant-skeleton.ts';
import { sameFullName, sameFullNameAcrossScripts, sameNameAcrossScripts } from './full-name-match.ts';
import type { Evidence } from './explain-relation.ts';
import { rarityScale } from './library-scale.ts';
import { isConversion, isQuantityKey } from './measured-quantities.ts';

// What two articles' stored features have in common, each shared feature weighed by how rare it is
// in the library: entities (places and institutions marked as the scene), figures and dates, the
// cosine of their term vectors, and the rare terms both use that no shared entity already covers.
// A rare term counts (in the cosine and as a rare term) by `episode`: the share of its articles dated
// near the pair (term-burstiness.ts), so a word of a kind of story, used all over the library's dates,
// counts less than a word of this one story.

/**
 * The fewest articles a library is taken to hold when judging how common a feature is. In a library of
 * four storm reports every shared name is in every article, yet four documents cannot show that a name
 * is common: the articles a small library does not have yet are taken not to carry it. Above this size
 * the floor changes nothing.
 */
export const minimumLibrarySize = 50;

/** How much sharing a feature carried by `df` of `articles` articles says: 1 for a pair, ~0 for everywhere. */
export function rarity(df: number, articles: number): number {
  // Round 50: the size to the nearest half-octave, so a few new articles move no bar (library-scale.ts);
  // round 53: no larger than `countedRarityScale`, so a large library weighs a name by its count alone.
  const library = Math.max(rarityScale(articles), minimumLibrarySize);
  if (df <= 2) return 1;
  return Math.max(0, Math.min(1, Math.log(library / df) / Math.log(library / 2)));
}

/** A span-of-time figure key ("n:5y", "n:48h"; durations.ts), as against a count or an amount ("n:2300"). */
export const spanKey = /^n:[\d.]+[a-z]+$/u;

/** The kind of a feature key: "e" entity, "t" term, "n" number, "d" date. */
export const kindOf = (key: string): string => key.slice(0, 1);

/**
 * Gazetteer places ("e:c:") and institutions ("e:g:") set a scene many unrelated stories share; so
 * does a name read only from its capitals (a town the gazetteer lacks as often as a company): it
 * counts with the scene, once, and a trap sharing such names alone stays one piece.
 */
const isScene = (key: string): boolean => key.startsWith('e:c:') || key.startsWith('e:g:');

/**
 * An institution (a regulator, a ministry, prosecutors, an agency, an acronym typed an organisation)
 * acts in many stories, as a person does: the cast, not what happened. Gazetteer companies ("e:o:")
 * and names with a legal form ("… GmbH") are what a story turns on, not who acted in it.
 */
function isInstitution(
  key: string,
  types: readonly (string | null | undefined)[],
  label: string | null,
): boolean {
  if (key.startsWith('e:g:')) return true;
  if (key.startsWith('e:o:') || !types.includes('organisation')) return false;
  const last = (label ?? '').toLowerCase().replace(/\.$/u, '').split(/\s+/u).at(-1) ?? '';
  return !legalSuffixes.has(last);
}

/** A name of one word read as a person: as often a capitalised common word or an ambiguous surname. */
const isOneWordPerson = (type: string | null, label: string | null): boolean =>
  type === 'person' && label !== null && !/[\s\u2010-\u2015-]/u.test(label.trim());

/**
 * Well-known places (countries, capitals) count half: many unrelated stories share a country. A
 * one-word person counts 0.4, too little to be a piece of evidence on its own.
 */
function entityWeight(f: FeatureRow): number {
  if (f.key.startsWith('e:c:')) return 0.5;
  return isOneWordPerson(f.type, f.label) ? 0.4 : 1;
}

/**
 * Comparable texts (sharing at least this many content words; most often written in one language)
 * whose content cosine stays under `divergentContent` are about different things: the same mayor's bus
 * budget and the cable car that stalled in his city. A person they share is the cast, not the story.
 */
const comparableTerms = 3;
const divergentContent = 0.1;
/** What a shared person counts for in such a pair: less than a piece on its own. */
const divergentPersonShare = 0.5;

/** The cosine of two articles' content terms (terms that are not words of a name), and how many they share. */
function contentOverlap(
  own: readonly FeatureRow[],
  theirs: ReadonlyMap<string, number>,
  theirFeatures: readonly FeatureRow[],
  names: ReadonlySet<string>,
): { cosine: number; shared: number } {
  const content = (f: FeatureRow): boolean => kindOf(f.key) === 't' && !names.has(f.label ?? '');
  let dot = 0;
  let shared = 0;
  for (const f of own) {
    const theirWeight = theirs.get(f.key);
    if (theirWeight === undefined || !content(f)) continue;
    dot += f.weight * theirWeight;
    shared += 1;
  }
  const length = (features: readonly FeatureRow[]): number =>
    Math.sqrt(features.filter(content).reduce((total, f) => total + f.weight * f.weight, 0));
  const norms = length(own) * length(theirFeatures);
  return { cosine: norms === 0 ? 0 : dot / norms, shared };
}

function norm(features: readonly FeatureRow[]): number {
  let sum = 0;
  for (const f of features) if (kindOf(f.key) === 't') sum += f.weight * f.weight;
  return Math.sqrt(sum);
}

/** The lower-cased words of some entity names. */
function nameWords(labels: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const label of labels)
    for (const word of label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u))
      if (word !== '') out.add(word);
  return out;
}

/** A shared number as sharedEvidence lists it. */
interface SharedNumber {
  readonly value: string;
  readonly weight: number;
  readonly span: boolean;
  readonly quantity?: boolean;
  readonly rounded?: boolean;
}

/**
 * Round 58: one measured quantity is keyed twice (two grids: measured-quantities.ts), and "160
 * hectares" also as the plain figure 160; shared, it is one figure, counted once by its words.
 */
function onceEach(numbers: readonly SharedNumber[]): SharedNumber[] {
  const quantities = new Map<string, SharedNumber>();
  for (const n of numbers)
    if (n.quantity === true && (quantities.get(n.value)?.weight ?? -1) < n.weight) quantities.set(n.value, n);
  const covers = (plain: SharedNumber): boolean =>
    [...quantities.keys()].some(
      (words) => words.startsWith(plain.value) && !/^[\d.,]/u.test(words.slice(plain.value.length)),
    );
  return [
    ...numbers
      .filter((n) => n.quantity !== true && !covers(n))
      .map(({ value, weight, span }) => ({ value, weight, span })),
    ...[...quantities.values()].map(({ value, weight, span }) => ({ value, weight, span, rounded: true })),
  ];
}

/** The evidence two articles' features share (all but the days between them and their copies). */
export function sharedEvidence(
  own: readonly FeatureRow[],
  theirs: readonly FeatureRow[],
  df: (key: string) => number,
  articles: number,
  episode: (key: string) => number = () => 1,
): Omit<Evidence, 'days'> {
  const theirWeights = new Map(theirs.map((f) => [f.key, f.weight]));
  const theirTypes = new Map(theirs.map((f) => [f.key, f.type]));
  const theirLabels = new Map(theirs.map((f) => [f.key, f.label]));
  // A person's full name either article reads as a person's, written in the other's script: a person
  // (round 29), who with another such name backs a pair (cross-script-cast.ts). A run of two words
  // read from capitals still counts with the scene in the score: counted as a name, it lifted such
  // pairs so far that the display floor (0.4 of the best) let a trap in as a possible suggestion.
  const acrossScripts = (f: FeatureRow): boolean =>
    f.key.startsWith('e:p:') &&
    (f.type === 'person' || theirTypes.get(f.key) === 'person') &&
    sameFullNameAcrossScripts(f.label, theirLabels.get(f.key));
  // A run read from capitals counts with the scene, unless it ends in the full name the other writes.
  const capitalsOnly = (f: FeatureRow): boolean =>
    (f.type === nameByCapitals || theirTypes.get(f.key) === nameByCapitals) &&
    !(f.key.startsWith('e:p:') && sameFullName(f.label, theirLabels.get(f.key)));
  const entities: {
    name: string;
    type: string;
    weight: number;
    scene: boolean;
    person: boolean;
    institution: boolean;
    crossScript: boolean;
    transliterated: boolean;
    capitals: boolean;
  }[] = [];
  const numbers: SharedNumber[] = [];
  const shared: { word: string; product: number; weight: number; episode: number }[] = [];
  // "Echeverría told reporters": a one-word name that is the surname of a person either text names.
  const surnames = new Set(
    [...own, ...theirs].filter((f) => f.key.startsWith('e:p:')).map((f) => f.key.slice(4)),
  );
  const isSurname = (key: string): boolean => key.startsWith('e:n:') && surnames.has(key.slice(4));
  let dot = 0;
  for (const f of own) {
    const theirWeight = theirWeights.get(f.key);
    if (theirWeight === undefined) continue;
    const kind = kindOf(f.key);
    const weight = rarity(df(f.key), articles);
    const crossScript = kind === 'e' && acrossScripts(f);
    if (kind === 'e')
      entities.push({
        name: f.label ?? f.key,
        type: crossScript ? 'person' : f.type === null || f.type === nameByCapitals ? 'other' : f.type,
        weight: entityWeight(f) * weight,
        scene: isScene(f.key) || capitalsOnly(f),
        person: f.type === 'person' || theirTypes.get(f.key) === 'person' || isSurname(f.key),
        institution: isInstitution(f.key, [f.type, theirTypes.get(f.key)], f.label),
        crossScript,
        // A name written in each script, word for word: a company's, a person's (cross-script-cast.ts).
        transliterated: sameNameAcrossScripts(f.label, theirLabels.get(f.key)),
        capitals: !isScene(f.key) && capitalsOnly(f),
      });
    // Round 58: a measured quantity is a shared figure when one text converts the other's.
    else if (isQuantityKey(f.key) && !isConversion(f.label, theirLabels.get(f.key))) continue;
    else if (kind === 'n' || kind === 'd')
      numbers.push({
        value: f.label ?? f.key,
        weight,
        span: spanKey.test(f.key),
        quantity: isQuantityKey(f.key),
      });
    // Round 46: consonant skeletons (skeleton-keys.ts) only find candidates; the names count as names.
    else if (kind === 't') {
      const share = weight >= 0.5 ? episode(f.key) : 1;
      dot += f.weight * theirWeight * share;
      shared.push({
        word: f.label ?? f.key.slice(2),
        product: f.weight * theirWeight * share,
        weight,
        episode: share,
      });
    }
  }
  // Round 39: a name of one article written in the other's Hebrew, Arabic, Korean (…) words (no key
  // meets it: those scripts have no capitals to find a name by), met by consonants (consonant-skeleton.ts).
  const ownKeys = new Set(own.map((f) => f.key));
  const met = [...namesInCaselessWords(own, theirs), ...namesInCaselessWords(theirs, own)];
  const metKeys = new Set<string>();
  for (const f of met) {
    // A name shared by its key already counts; a name met twice counts once.
    if ((ownKeys.has(f.key) && theirWeights.has(f.key)) || metKeys.has(f.key)) continue;
    metKeys.add(f.key);
    entities.push({
      name: f.label ?? f.key,
      type: f.type === null || f.type === nameByCapitals ? 'other' : f.type,
      weight: entityWeight(f) * rarity(df(f.key), articles),
      scene: f.type === nameByCapitals,
      person: f.type === 'person',
      institution: isInstitution(f.key, [f.type], f.label),
      crossScript: f.type === 'person',
      transliterated: true,
      capitals: f.type === nameByCapitals,
    });
  }
  // Names either article carries are entity evidence (shared or not): as terms they would count twice.
  const names = nameWords([...own, ...theirs].filter((f) => kindOf(f.key) === 'e').map((f) => f.label ?? ''));
  // A rare term counts by the square of its rarity: a word in a tenth of the library says little.
  const terms = shared
    .filter((s) => !names.has(s.word) && s.weight >= 0.5)
    .map((s) => ({ word: s.word, weight: s.weight * s.weight * s.episode }));
  const norms = norm(own) * norm(theirs);
  shared.sort((x, y) => y.product - x.product);
  const content = contentOverlap(own, theirWeights, theirs, names);
  const divergent = content.shared >= comparableTerms && content.cosine < divergentContent;
  return {
    entities: divergent
      ? entities.map((e) => (e.type === 'person' ? { ...e, weight: e.weight * divergentPersonShare } : e))
      : entities,
    numbers: onceEach(numbers),
    terms,
    similarity: norms === 0 ? 0 : dot / norms,
    words: shared.slice(0, 6).map((s) => s.word),
  };
}
