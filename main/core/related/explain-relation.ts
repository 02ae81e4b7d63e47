import type { RelatedReason } from '../../shared/types.ts';

// Turns the evidence two articles share into a calibrated score and its reasons. A logistic over
// weighted evidence, where an event shows as a signature: two or more independent rare things in
// common (two names, a name and a figure or date, a name and distinctive wording). A pair sharing
// only one thing, however rare (one famous person, one court and its city), stays well below 0.5.

/** What two articles share. */
export interface Evidence {
  /** Shared entities; `scene` marks gazetteer places and institutions, which together count once. */
  readonly entities: readonly { name: string; type: string; weight: number; scene?: boolean }[];
  readonly numbers: readonly { value: string; weight: number }[];
  /** Shared rare terms that no shared entity covers, each weighed by its rarity squared. */
  readonly terms?: readonly { word: string; weight: number }[];
  /** Cosine of the TF-IDF vectors of their distinctive terms. */
  readonly similarity: number;
  readonly words: readonly string[];
  /** Days between their published dates, null when either is unknown. */
  readonly days: number | null;
  readonly sameUrl?: boolean;
  readonly version?: boolean;
}

const weights = { bias: -4.2, names: 2.2, scene: 1.6, wording: 7, terms: 0.9, numbers: 1.1, time: 0.9 };
/** The most a pair with fewer than two independent pieces of evidence can reach (score ≈ 0.18). */
const singlePieceCap = -1.5;

const round = (value: number): number => Math.round(value * 100) / 100;
const sum = (values: readonly { weight: number }[]): number =>
  values.reduce((total, v) => total + v.weight, 0);

function closeness(days: number | null): number {
  if (days === null) return 0;
  return days <= 3 ? 1 : days <= 14 ? 0.5 : 0;
}

/** How many independent things the pair shares: the scene once, each rare name, figure or date, and wording. */
export function evidencePieces(evidence: Evidence): number {
  const strong = (values: readonly { weight: number }[]): number =>
    values.filter((v) => v.weight >= 0.5).length;
  const scene = evidence.entities.filter((e) => e.scene === true);
  const names = evidence.entities.filter((e) => e.scene !== true);
  const termMass = sum(evidence.terms ?? []);
  // Many rare words in common (a story's own vocabulary) count as a second piece; a few do not.
  const wording = (termMass >= 1.5 ? 1 : 0) + (termMass >= 4 ? 1 : 0);
  return (sum(scene) >= 0.5 ? 1 : 0) + strong(names) + Math.min(2, strong(evidence.numbers)) + wording;
}

/** The score (0..1, ≥ 0.5 confident) and the reasons, strongest first, of some shared evidence. */
export function explainRelation(evidence: Evidence): { score: number; reasons: RelatedReason[] } {
  const sceneMass = Math.min(1.5, sum(evidence.entities.filter((e) => e.scene === true)));
  const nameMass = Math.min(3, sum(evidence.entities.filter((e) => e.scene !== true)));
  const termMass = Math.min(3, sum(evidence.terms ?? []));
  const numberMass = Math.min(2, sum(evidence.numbers));
  const time = closeness(evidence.days);
  const wordingStrength = weights.wording * evidence.similarity + weights.terms * termMass;
  const parts: { strength: number; reason: RelatedReason }[] = [];
  if (evidence.entities.length > 0) {
    const entities = [...evidence.entities]
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, type: e.type, weight: round(e.weight) }));
    parts.push({
      strength: weights.names * nameMass + weights.scene * sceneMass,
      reason: { kind: 'shared-entities', entities },
    });
  }
  const words = [...new Set([...(evidence.terms ?? []).map((t) => t.word), ...evidence.words])].slice(0, 6);
  if ((evidence.similarity >= 0.05 || termMass >= 0.5) && words.length > 0)
    parts.push({
      strength: wordingStrength,
      reason: { kind: 'similar-wording', similarity: round(evidence.similarity), words },
    });
  if (evidence.numbers.length > 0)
    parts.push({
      strength: weights.numbers * numberMass,
      reason: { kind: 'shared-numbers', values: evidence.numbers.map((n) => n.value) },
    });
  if (evidence.days !== null && time > 0)
    parts.push({ strength: weights.time * time, reason: { kind: 'close-in-time', days: evidence.days } });
  if (evidence.sameUrl === true) parts.push({ strength: 20, reason: { kind: 'same-url' } });
  if (evidence.version === true) parts.push({ strength: 19, reason: { kind: 'version' } });
  let z =
    weights.bias +
    weights.names * nameMass +
    weights.scene * sceneMass +
    wordingStrength +
    weights.numbers * numberMass +
    weights.time * time;
  if (evidencePieces(evidence) < 2) z = Math.min(z, singlePieceCap);
  let score = 1 / (1 + Math.exp(-z));
  if (evidence.sameUrl === true || evidence.version === true) score = Math.max(score, 0.95);
  parts.sort((a, b) => b.strength - a.strength);
  return { score: Math.round(score * 1000) / 1000, reasons: parts.map((p) => p.reason) };
}

function describe(reason: RelatedReason): string {
  switch (reason.kind) {
    case 'shared-entities':
      return `Shares ${reason.entities
        .slice(0, 3)
        .map((e) => e.name)
        .join(', ')}`;
    case 'similar-wording':
      return 'similar wording';
    case 'shared-numbers':
      return `same figures (${reason.values.slice(0, 2).join(', ')})`;
    case 'close-in-time':
      return reason.days === 0 ? 'same day' : `${reason.days} day${reason.days === 1 ? '' : 's'} apart`;
    case 'same-url':
      return 'same URL';
    case 'version':
      return 'another version of the text';
  }
}

/** One line for the UI: "Shares Sergey Lavrov, Anatoly Antonov · similar wording · 2 days apart". */
export function summarise(reasons: readonly RelatedReason[]): string {
  const text = reasons.map(describe).join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
