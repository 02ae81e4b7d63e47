import { cjkRun, foldText, wordChars } from '../fold-text.ts';

const nonWord = new RegExp(`[^${wordChars}]+`, 'gu');

/**
 * Folds text for phrase and filter matching the way the index encoder does (case, diacritics,
 * ß, ё, ς…), every run of punctuation and whitespace collapsed to one space, padded with spaces
 * so word-boundary containment is a plain `includes` of a padded needle. CJK characters become
 * one "word" each, so a phrase matches inside unspaced text: 東京 is found in 東京都.
 */
export function normalizeText(text: string): string {
  const folded = foldText(text)
    .replace(cjkRun, (run) => ` ${Array.from(run).join(' ')} `)
    .replace(nonWord, ' ')
    .trim();
  return ` ${folded} `;
}

/** Whether normalized `haystack` contains the words of `phrase` adjacent and in order. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  const needle = normalizeText(phrase);
  return needle.trim() !== '' && haystack.includes(needle);
}

/** Field values (sites, bylines, titles) already normalized: a filter tests the same ones on every query. */
const normalizedFields = new Map<string, string>();
/** Enough for every title of a 100k library; past it the memo starts over rather than grow. */
const maxNormalizedFields = 200_000;

function normalizedField(field: string): string {
  let normalized = normalizedFields.get(field);
  if (normalized === undefined) {
    if (normalizedFields.size >= maxNormalizedFields) normalizedFields.clear();
    normalized = normalizeText(field);
    normalizedFields.set(field, normalized);
  }
  return normalized;
}

/** A test of whether `value` appears anywhere in a field, ignoring case, diacritics and punctuation. */
export function looseMatcher(value: string): (field: string | null) => boolean {
  const needle = normalizeText(value).trim();
  return (field) => field !== null && (needle === '' || normalizedField(field).includes(needle));
}
