// Line-level junk rules for plain-text dumps of web pages (copy-all from a browser, reader
// "save as text"). Page furniture survives there as whole lines; each rule matches a whole
// trimmed line only, so prose that merely mentions a podcast or a time is kept.
import type { RemovedKind } from '../../shared/types.ts';

/** A rule that says whether one trimmed line is page furniture. */
export interface TextLineRule {
  readonly name: string;
  /** What the cleaning report calls the lines this rule drops. */
  readonly kind: RemovedKind;
  readonly matches: (line: string, title: string | null) => boolean;
}

/** "0:00", "14:40", "13:8", "1:02:03": a player's timecodes, alone on a line. */
const timecode = /^\d{1,2}:\d{1,2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{1,2}(?::\d{2})?)?$/;
const mediaLabel =
  /^(?:podcasts?|listen(?: now)?|play(?: video)?|watch(?: video)?|audio|video|listen to this (?:article|story)\b.{0,20})$/i;
const sharePrompt =
  /^(?:think your friends would be interested\b.*|share (?:this|the) (?:story|article|post|page)!?|share(?: on| via)? (?:facebook|twitter|x|linkedin|whatsapp|email)|share:?|tweet this)$/i;
/** "Also on rt.com WATCH as …": a promo for another story on the same site. */
const alsoOnPromo = /^also on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i;

/** Site navigation left at the top of a copy-all: "Skip to main content", "Menu", "Search". */
/** "By Elin Marsh" alone on a line: the byline, which a text dump cannot mark up. */
const bylineLine = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const navigationLabel = /^(?:skip to (?:main )?content|menu|search|sign in|log in)$/i;

/** The rules, in the order they are reported. */
export const textLineRules: readonly TextLineRule[] = [
  { name: 'icon-sprite', kind: 'icon', matches: isIconSpriteRun },
  { name: 'bare-timecode', kind: 'player', matches: (line) => timecode.test(line) },
  { name: 'media-label', kind: 'player', matches: (line) => mediaLabel.test(line) },
  { name: 'share-prompt', kind: 'share', matches: (line) => sharePrompt.test(line) },
  { name: 'also-on-promo', kind: 'promo', matches: (line) => alsoOnPromo.test(line) },
  { name: 'navigation-label', kind: 'navigation', matches: (line) => navigationLabel.test(line) },
  { name: 'byline', kind: 'metadata', matches: (line) => bylineLine.test(line) },
  { name: 'duplicate-title', kind: 'duplicate', matches: (line, title) => title !== null && line === title },
];

/** The name of the first rule a trimmed line matches, or null when it is content. */
export function junkLineRule(line: string, title: string | null): string | null {
  return matchLineRule(line, title)?.name ?? null;
}

/** The first rule, not among `disabled`, that a trimmed line matches, or null when it is content. */
export function matchLineRule(
  line: string,
  title: string | null,
  disabled: ReadonlySet<string> = new Set(),
): TextLineRule | null {
  return textLineRules.find((rule) => !disabled.has(rule.name) && rule.matches(line, title)) ?? null;
}

/** An SVG sprite's symbol names flattened to text: "icon bookmark-bicon bookmarkicon camera…". */
export function isIconSpriteRun(line: string): boolean {
  const words = line.split(/\s+/);
  const iconWords = words.filter((word) => /icon/i.test(word)).length;
  return iconWords >= 5 && iconWords / words.length >= 0.3;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads a dateline ("5 Apr, 2021 15:30", "April 5, 2021", "2021-04-05") as zone-less ISO 8601, else null. */
export function readDateLine(line: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(line);
  if (iso !== null) return iso[2] === undefined ? (iso[1] ?? null) : `${iso[1] ?? ''}T${iso[2]}`;
  const dayFirst = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})(?:,? (\d{1,2}:\d{2}))?$/.exec(line);
  const monthFirst = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? (\d{1,2}:\d{2}))?$/.exec(line);
  const [day, month, year, time] =
    dayFirst !== null
      ? [dayFirst[1], dayFirst[2], dayFirst[3], dayFirst[4]]
      : monthFirst !== null
        ? [monthFirst[2], monthFirst[1], monthFirst[3], monthFirst[4]]
        : [];
  const monthIndex = months.indexOf((month ?? '').slice(0, 3).toLowerCase());
  if (day === undefined || year === undefined || monthIndex < 0) return null;
  const date = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return time === undefined ? date : `${date}T${time.padStart(5, '0')}`;
}
