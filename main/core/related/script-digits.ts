// A figure is the same figure in any script: Arabic writes 63 as ٦٣ (and 2,5 as ٢٫٥), Persian and Urdu
// as ۶۳, Hindi sometimes as ६३; Korean writes 14,000 as 1만4천 or 1만 4000 (counting in ten-thousands).
// Before round 39 the figure reader (numbers-and-dates.ts) knew only the digits 0-9 and Western scale
// words, so a figure in such an article never met the same figure in its English report.

/** Unicode decimal digits come in runs of ten, zero first: a digit's value is its place in its run. */
function digitValue(char: string): string {
  let code = char.codePointAt(0) ?? 0;
  let place = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - 1)) && place < 60) {
    code -= 1;
    place += 1;
  }
  return String(place % 10);
}

/** Arabic's own decimal separator, thousands separator and percent sign. */
const arabicSigns: Readonly<Record<string, string>> = { '\u066b': '.', '\u066c': ',', '\u066a': '%' };

/** A text with every decimal digit of any script written 0-9, and Arabic's number signs as Latin ones. */
export function withLatinDigits(text: string): string {
  return text.replace(/[\p{Nd}\u066a-\u066c]/gu, (char) =>
    /[0-9]/u.test(char) ? char : (arabicSigns[char] ?? digitValue(char)),
  );
}

const koreanUnits: Readonly<Record<string, number>> = { 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 };

/** A run of Korean counted digits: "1만4천", "3억 2000만", "2천" (a number glued to a unit, then more). */
const koreanCount = /\d+(?:\.\d+)?[천만억조](?:\s?\d+(?:\.\d+)?[천만억조]?|[천만억조])*/gu;

/** The value of one run of Korean counted digits: 천 adds within a group, 만, 억, 조 close it. */
function koreanValue(run: string): number {
  let total = 0;
  let group = 0;
  for (const [, digits, unit] of run.matchAll(/(\d+(?:\.\d+)?)?\s?([천만억조])?/gu)) {
    const value = digits === undefined ? 0 : Number(digits);
    if (unit === undefined) group += value;
    else if (unit === '천') group += (value === 0 ? 1 : value) * 1e3;
    else {
      total += (group + value === 0 ? 1 : group + value) * (koreanUnits[unit] ?? 1);
      group = 0;
    }
  }
  return total + group;
}

/** A text with Korean counted figures written out ("1만4천 개" → "14000 개"), other text unchanged. */
export function withKoreanCounts(text: string): string {
  return text.replace(koreanCount, (run) => String(koreanValue(run)));
}
