import { collapseText, contentContexts, removeElements, type JunkRule } from './junk-rule.ts';

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
      const duplicates = Array.from(
        root.querySelectorAll('p, div, span, h2, h3, h4, h5, h6, header, section'),
      ).filter(
        (element) =>
          element.querySelector('h1') === null &&
          element.closest('h1') === null &&
          comparable(element.textContent) === target,
      );
      // Keep only the outermost of nested duplicates (a div wrapping a p with the same text).
      const outermost = duplicates.filter(
        (element) => !duplicates.some((other) => other !== element && other.contains(element)),
      );
      return removeElements(this, root, outermost, context);
    },
  };
}

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
      const lines = Array.from(root.querySelectorAll('p, div, span')).filter((element) => {
        const text = collapseText(element.textContent);
        if (
          !bylineStart.test(text) ||
          text.split(' ').length > 15 ||
          element.closest(contentContexts) !== null
        )
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
