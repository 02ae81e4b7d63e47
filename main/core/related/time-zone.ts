// "07.30 WIB", "14:00 GMT", "9 a.m. EST": a time zone's abbreviation is written in capitals like an
// agency's, and the entity suggester takes it for an organisation. It names no one: every report in a
// country that gives the hour carries it, so two Indonesian articles on unrelated matters in one week
// shared "WIB" as a rare name (held-out-36's KRL tree and MRT power cut, 0.489). Such names are no
// entity of an article (round 41). Abbreviations that are also names or words (GST, ICT, WEST) are left.

const zones = new Set(
  `UTC GMT BST IST CET CEST EET EEST WET WEST MSK TRT GST PKT IRST AFT NPT ICT WIB WITA WIT SGT MYT
  PHT HKT CST JST KST AEST AEDT ACST ACDT AWST NZST NZDT EST EDT CDT MST MDT PST PDT AKST AKDT HST AST
  ADT NST BRT ART CLT COT PET SAST EAT CAT WAT`
    .split(/\s+/u)
    .filter((zone) => !['WEST', 'GST', 'ICT', 'EAT', 'CAT', 'ART', 'PET', 'COT', 'AFT'].includes(zone)),
);

/** Whether a name is a time zone's abbreviation as written (WIB, GMT, CEST): no entity. */
export function isTimeZone(name: string): boolean {
  return zones.has(name.trim());
}
