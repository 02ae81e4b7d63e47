import { findByText, findByVocabulary, removeElements, type JunkRule } from './junk-rule.ts';
import { phrasePattern, promoLeadIns } from './junk-vocabulary.ts';

// Inline promotions of other pages: "Also on example.com", "READ MORE:", related-story lists.

const promoVocabulary =
  /(?:^|[\s_-])(?:read-?more|related|recommended|recommendations|promo|promos|outbrain|taboola|also-?on|more-?stories|most-?read|most-?popular|trending|teaser|teasers|further-?reading|see-?also|author-?bio|about-?the-?author|author-?box|author-?card)(?:$|[\s_-])/;
const localPromoLeadIn = phrasePattern(promoLeadIns, false);
const promoLeadIn =
  /^(?:also on [\w-]+(?:\.[\w-]+)+\b|read more\b|see also\b|related\s*:|related (?:stories|articles|coverage|reading|content)\b|recommended(?: for you)?\s*:|more from\b|more on this\b|you (?:may|might) also (?:like|be interested)\b|most read\b|further reading\b|click here to read\b)/i;

/** Removes related/read-more/recommendation blocks found by their class/id vocabulary. */
export const promoBlockRule: JunkRule = {
  name: 'promo-blocks',
  kind: 'promo',
  remove(root, context) {
    return removeElements(this, root, findByVocabulary(root, promoVocabulary, 30), context);
  },
};

/** Removes short blocks that open with a promo lead-in ("Also on example.com …", "READ MORE: …") and link elsewhere. */
export const promoLeadInRule: JunkRule = {
  name: 'promo-lead-ins',
  kind: 'promo',
  remove(root, context) {
    const selector = 'p, div, aside, section, li, h2, h3, h4, h5, h6';
    const blocks = [
      ...findByText(root, selector, promoLeadIn, 40),
      ...findByText(root, selector, localPromoLeadIn, 40),
    ].filter(
      // A lead-in without a link is probably prose that happens to start with "Read more".
      (block) =>
        block.querySelector('a[href]') !== null || (block.textContent ?? '').trim().split(/\s+/).length <= 6,
    );
    return removeElements(this, root, blocks, context);
  },
};
