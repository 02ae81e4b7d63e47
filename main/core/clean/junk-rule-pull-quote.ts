import { isElement } from './dom-types.ts';
import { collapseText, countWords, type JunkRule } from './junk-rule.ts';
import { elementsByTags, forgetScan } from './junk-rule-scan.ts';

/** Pull-quote vocabulary: the aside is a quote set in the margin, not a sidebar. */
const pullQuoteVocabulary = /(?:^|[\s_-])(?:pull-?quote|pullquote|quote)(?:$|[\s_-])/;

/**
 * Unwraps pull quotes set in an <aside> (which Readability deletes as a sidebar) so the quote stays in the
 * article. Removes nothing: it runs with the junk rules because it must act before Readability does.
 */
export const pullQuoteRule: JunkRule = {
  name: 'pull-quotes',
  kind: 'pull-quote',
  remove(root) {
    for (const aside of elementsByTags(root, 'aside')) {
      const vocabulary =
        `${aside.getAttribute('class') ?? ''} ${aside.getAttribute('id') ?? ''}`.toLowerCase();
      const isQuote = pullQuoteVocabulary.test(vocabulary) || aside.querySelector('blockquote') !== null;
      // A quote is short and links nowhere; an aside full of links is a sidebar.
      if (!isQuote || aside.querySelector('a') !== null || countWords(collapseText(aside.textContent)) > 80)
        continue;
      aside.replaceWith(
        ...Array.from(aside.childNodes).filter((node) => isElement(node) || node.nodeType === 3),
      );
      // The tree changed: later rules must not see cached walks or texts from before.
      forgetScan();
    }
    return [];
  },
};
