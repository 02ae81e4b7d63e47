import type { DomElement } from './dom-types.ts';
import { collapseText, removeElements, type JunkRule } from './junk-rule.ts';
import {
  collapsedTextOf,
  elementsByTags,
  insideContentContext,
  minWordCount,
  textHasMoreWords,
  textOf,
  vocabularyOf,
} from './junk-rule-scan.ts';

/** Text compared loosely: case, punctuation and spacing differences do not make a dek different from the headline. */
function comparable(text: string | null | undefined): string {
  return collapseText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Builds the rule removing a summary/dek block that merely repeats the headline (the headline element itself stays). */
export function duplicateHeadlineRule(headline: string | null): JunkRule {
  const target = comparable(headline);
  return {
    name: 'duplicate-headline',
    kind: 'duplicate',
    remove(root, context) {
      if (target === '') return [];
      const maxLength = 3 * target.length + 40;
      const duplicates = elementsByTags(root, 'p, div, span, h2, h3, h4, h5, h6, header, section').filter(
        (element) =>
          // A block much longer than the headline cannot repeat it (cheap checks before normalizing its text):
          // a text of n words of its own is at least 2n characters long, so big containers go unread.
          2 * minWordCount(root, element) <= maxLength &&
          textOf(element).length <= maxLength &&
          comparable(textOf(element)) === target &&
          element.querySelector('h1') === null &&
          element.closest('h1') === null,
      );
      // Keep only the outermost of nested duplicates (a div wrapping a p with the same text).
      const outermost = duplicates.filter(
        (element) => !duplicates.some((other) => other !== element && other.contains(element)),
      );
      return removeElements(this, root, outermost, context);
    },
  };
}

/** Shortest block the repeated-block rule compares: short lines ("Photo", "Updated") may repeat legitimately. */
const minRepeatedWords = 6;

/** Class/id words of summary blocks: only these are repeated by page templates; prose may repeat on purpose. */
const summaryVocabulary =
  /(?:^|[\s_-])(?:summary|dek|standfirst|lede|lead|teaser|excerpt|description|subtitle|intro)(?:$|[\s_-])/;

function isSummary(element: DomElement): boolean {
  return summaryVocabulary.test(vocabularyOf(element));
}

/** Removes a summary block (dek, standfirst) whose text repeats an earlier block's word for word. */
export const repeatedBlockRule: JunkRule = {
  name: 'repeated-blocks',
  kind: 'duplicate',
  remove(root, context) {
    const blocks = elementsByTags(root, 'p, h2, h3, h4, h5, h6');
    // Only summary blocks are removed, so a page without one needs no text comparison at all.
    if (!blocks.some(isSummary)) return [];
    const seen = new Set<string>();
    const repeats = blocks.filter((element) => {
      const text = comparable(textOf(element));
      if (text.split(' ').length < minRepeatedWords || insideContentContext(element)) return false;
      if (seen.has(text)) return isSummary(element);
      seen.add(text);
      return false;
    });
    return removeElements(this, root, repeats, context);
  },
};

/** "Ruth Okafor Feb 9, 2025": the byline name followed only by a short date, as newsletter platforms print it. */
function isNameAndDate(text: string, byline: string | null): boolean {
  if (byline === null || byline === '' || !text.startsWith(byline)) return false;
  const rest = text.slice(byline.length).trim();
  return /\d/.test(rest) && rest.split(' ').length <= 4;
}

/** "Updated 2 minutes ago", "LIVE Updated 5 min ago": relative times that are wrong once archived; the date is metadata. */
const relativeTime =
  /^(?:live\s+)?(?:(?:last\s+)?updated|posted|published)\s+(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day)s?\s+ago$/i;
/** Class/id words of the section label above a headline ("Opinion", "Analysis"). */
const kickerVocabulary = /(?:^|[\s_-])(?:kicker|eyebrow|overline|rubric|section-label)(?:$|[\s_-])/;

/** Removes relative-time status lines and short section kickers: both restate metadata, and the former goes stale. */
export const statusLineRule: JunkRule = {
  name: 'status-lines',
  kind: 'status',
  remove(root, context) {
    const lines = elementsByTags(root, 'p, div, span, small, time').filter((element) => {
      if (textHasMoreWords(element, 8) || insideContentContext(element)) return false;
      const text = collapsedTextOf(element);
      return (
        relativeTime.test(text) ||
        (kickerVocabulary.test(vocabularyOf(element)) && text.split(' ').length <= 3)
      );
    });
    const outermost = lines.filter(
      (element) => !lines.some((other) => other !== element && other.contains(element)),
    );
    return removeElements(this, root, outermost, context);
  },
};

/** A byline line: "By …" and short. */
const bylineStart = /^by(?:\s|$)/i;

/**
 * Builds the rule removing leftover byline/dateline lines ("By Jane Roe · 4 May 2024") inside the
 * article: the byline and date are shown from metadata. Readability removes the author element
 * it detects but can leave its line behind ("By , transport correspondent · 14 January 2025").
 */
export function bylineLineRule(byline: string | null): JunkRule {
  return {
    name: 'byline-lines',
    kind: 'duplicate',
    remove(root, context) {
      const lines = elementsByTags(root, 'p, div, span').filter((element) => {
        if (textHasMoreWords(element, 15)) return false;
        const text = collapsedTextOf(element);
        if (isNameAndDate(text, byline) && !insideContentContext(element)) return true;
        if (!bylineStart.test(text) || text.split(' ').length > 15 || insideContentContext(element))
          return false;
        const namesByline = byline !== null && text.includes(byline);
        return (
          namesByline || /^by\s*[,·|]/i.test(text) || element.querySelector('time, [rel~="author"]') !== null
        );
      });
      return removeElements(
        this,
        root,
        lines.filter((element) => !lines.some((other) => other !== element && other.contains(element))),
        context,
      );
    },
  };
}
