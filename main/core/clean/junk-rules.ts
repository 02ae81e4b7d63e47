import {
  bylineLineRule,
  duplicateHeadlineRule,
  repeatedBlockRule,
  statusLineRule,
} from './junk-rule-duplicate.ts';
import { pullQuoteRule } from './junk-rule-pull-quote.ts';
import type { JunkRule } from './junk-rule.ts';
import { iconFontRule, playerRule, svgIconRule, timecodeRule } from './junk-rules-media.ts';
import { adRule, cookieBannerRule, newsletterRule } from './junk-rules-notices.ts';
import { promoBlockRule, promoLeadInRule } from './junk-rules-promos.ts';
import { shareBarRule, shareLinkRule, sharePromptRule } from './junk-rules-share.ts';

/** Rules for the article Readability extracted: the page rules plus byline leftovers (which need Readability's byline). */
export function articleJunkRules(headline: string | null, byline: string | null): readonly JunkRule[] {
  return [...junkRules(headline), bylineLineRule(byline)];
}

/** Every page junk rule, in the order they run; the duplicate rule needs the page's headline. */
export function junkRules(headline: string | null): readonly JunkRule[] {
  return [
    pullQuoteRule,
    svgIconRule,
    iconFontRule,
    playerRule,
    timecodeRule,
    shareLinkRule,
    shareBarRule,
    sharePromptRule,
    promoBlockRule,
    promoLeadInRule,
    newsletterRule,
    cookieBannerRule,
    adRule,
    duplicateHeadlineRule(headline),
    repeatedBlockRule,
    statusLineRule,
  ];
}
