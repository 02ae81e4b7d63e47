import {
  findByText,
  findByVocabulary,
  isFurnitureSized,
  removeElements,
  type JunkRule,
} from './junk-rule.ts';
import { elementsByTags, elementsWithClassOrId, vocabularyOf } from './junk-rule-scan.ts';
import { adLabels, channelPitches, phrasePattern } from './junk-vocabulary.ts';

// Boxes addressed to the visitor rather than the reader: newsletters, paywalls, cookies, ad slots.

const newsletterVocabulary =
  /(?:^|[\s_-])(?:newsletter|newsletters|subscribe|subscription|paywall|regwall|signup|sign-up|piano|membership|donate|donation)(?:$|[\s_-])/;
const newsletterPitch =
  /^(?:sign up (?:for|to)\b.*\bnewsletter|subscribe (?:to|now|today)\b|get (?:our|the) [\w\s-]{0,40}newsletter|(?:to )?continue reading,? (?:subscribe|sign in|log in|register)|already (?:a subscriber|have an account)|this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members))/i;
const cookieVocabulary = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|cmp|onetrust|cookiebanner)(?:$|[\s_-])/;
const cookieNotice =
  /^(?:this (?:web)?site uses cookies|we use cookies|we and our partners use cookies|by (?:continuing to use|using) this (?:web)?site,? you (?:agree|consent))/i;
const adTokens = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adslot',
  'adunit',
  'adsense',
  'dfp',
  'gpt',
  'sponsored',
  'werbung',
]);
const localAdLabel = phrasePattern(adLabels, true);
const channelPitch = phrasePattern(channelPitches, false);
const adLabel =
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|(?:story|article) continues below(?: advertisement)?|continue reading below)$/i;

/** Removes newsletter sign-ups and paywall/membership boxes, by vocabulary, by pitch, or as e-mail forms. */
export const newsletterRule: JunkRule = {
  name: 'newsletter-boxes',
  kind: 'newsletter',
  remove(root, context) {
    // An e-mail field without a password field is a sign-up, not a login form.
    const emailForms = elementsByTags(root, 'form').filter(
      (form) =>
        form.querySelector('input[type="email"]') !== null &&
        form.querySelector('input[type="password"]') === null,
    );
    const pitches = [
      ...findByText(root, 'p, div, aside, section, h2, h3, h4, strong', newsletterPitch, 50),
      ...findByText(root, 'p, div, aside, section, strong', channelPitch, 15),
    ];
    return removeElements(
      this,
      root,
      [...findByVocabulary(root, newsletterVocabulary, 60), ...emailForms, ...pitches],
      context,
    );
  },
};

/** Removes cookie and consent banners, by vocabulary or by their opening sentence. */
export const cookieBannerRule: JunkRule = {
  name: 'cookie-banners',
  kind: 'cookie',
  remove(root, context) {
    const notices = findByText(root, 'p, div, aside, section', cookieNotice, 80);
    return removeElements(
      this,
      root,
      [...findByVocabulary(root, cookieVocabulary, 100), ...notices],
      context,
    );
  },
};

/** Removes ad slots (class/id tokens such as "ad", "advert", "gpt") and bare "Advertisement" labels. */
export const adRule: JunkRule = {
  name: 'ad-slots',
  kind: 'ad',
  remove(root, context) {
    const slots = elementsWithClassOrId(root).filter((element) => {
      return (
        vocabularyOf(element)
          .split(/[\s_-]+/)
          .some((token) => adTokens.has(token)) && isFurnitureSized(element, 20)
      );
    });
    const labelSelector = 'p, div, span, small, aside, h2, h3, h4, h5, h6';
    const labels = [
      ...findByText(root, labelSelector, adLabel, 5),
      ...findByText(root, labelSelector, localAdLabel, 3),
    ];
    return removeElements(this, root, [...slots, ...labels], context);
  },
};
