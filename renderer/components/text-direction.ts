/** Primary language subtags written right to left (Arabic, Hebrew, Persian, Urdu, Yiddish, …). */
const rtlLanguages = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The writing direction a language tag implies, or null when the tag says nothing (unknown, missing or LTR). */
export function directionOfLang(lang: string | null): 'rtl' | null {
  const primary = lang?.split(/[-_]/u)[0]?.toLowerCase() ?? '';
  return rtlLanguages.has(primary) ? 'rtl' : null;
}
