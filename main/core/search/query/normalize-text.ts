/**
 * Folds text for phrase and filter matching: lowercase, diacritics removed, every run of
 * punctuation and whitespace collapsed to one space, padded with spaces so word-boundary
 * containment is a plain `includes` of a padded needle.
 */
export function normalizeText(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${folded} `;
}

/** Whether normalized `haystack` contains the words of `phrase` adjacent and in order. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  const needle = normalizeText(phrase);
  return needle.trim() !== '' && haystack.includes(needle);
}

/** Whether `value` appears anywhere in `field`, ignoring case, diacritics and punctuation. */
export function containsLoosely(field: string | null, value: string): boolean {
  if (field === null) return false;
  const needle = normalizeText(value).trim();
  return needle === '' || normalizeText(field).includes(needle);
}
