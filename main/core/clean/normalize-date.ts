/** Normalises a declared date to ISO 8601 when it can be done without guessing a time zone; otherwise returns it as declared. */
export function normalizeDate(value: string | null | undefined): string | null {
  const declared = value?.trim() ?? '';
  if (declared === '') return null;
  // A calendar date or a zone-less ISO date-time is already ISO 8601; turning it into an
  // instant would mean inventing a time zone (Date.parse reads zone-less times as local).
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.test(declared))
    return declared.replace(' ', 'T');
  // SingleFile writes Date.prototype.toString(): "… GMT+0200 (Central European Summer Time)".
  const withoutZoneName = declared.replace(/\s*\([^)]*\)\s*$/, '');
  if (!hasExplicitZone(withoutZoneName)) return declared;
  const time = Date.parse(withoutZoneName);
  return Number.isNaN(time) ? declared : new Date(time).toISOString();
}

function hasExplicitZone(value: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC)(?:[+-]\d{4})?)$/i.test(value);
}
