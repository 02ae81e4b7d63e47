import { findByText, findByVocabulary, removeElements, type JunkRule } from './junk-rule.ts';
import { elementsByTags } from './junk-rule-scan.ts';
import { phrasePattern, shareLabels } from './junk-vocabulary.ts';

// Share bars and share prompts: calls to action about the page, not part of the story.

const shareVocabulary =
  /(?:^|[\s_-])(?:share|shares|sharing|sharebar|social|addthis|sharethis|sharing-tools|teilen)(?:$|[\s_-])/;
const localShareLabel = phrasePattern(shareLabels, true);
const shareEndpoints =
  /(?:facebook\.com\/sharer|facebook\.com\/dialog\/share|twitter\.com\/(?:intent|share)|x\.com\/intent|\/share\.php|\/sharer\.php|linkedin\.com\/(?:share|shareArticle)|pinterest\.com\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com\/send|wa\.me\/\?|t\.me\/share|^mailto:\?)/i;
const sharePrompt =
  /(?:^share (?:this|the) (?:story|article|post|page)\b|^share(?: on| via)? (?:facebook|twitter|x|linkedin|whatsapp|email)\b|^share:?$|\bshare this (?:story|article|post)!?$|^think your friends would be interested\b|^tweet this\b)/i;

/** Removes share bars found by their class/id vocabulary (share, social, addthis…). */
export const shareBarRule: JunkRule = {
  name: 'share-bars',
  kind: 'share',
  remove(root, context) {
    return removeElements(this, root, findByVocabulary(root, shareVocabulary, 25), context);
  },
};

/** Removes links to social share endpoints (sharer.php, intent/tweet, mailto:?…) wherever they sit. */
export const shareLinkRule: JunkRule = {
  name: 'share-links',
  kind: 'share',
  remove(root, context) {
    const links = elementsByTags(root, 'a').filter(
      (link) => link.hasAttribute('href') && shareEndpoints.test(link.getAttribute('href') ?? ''),
    );
    return removeElements(this, root, links, context);
  },
};

/** Removes short share prompts ("Share this story!", "Think your friends would be interested?") outside quotes and captions. */
export const sharePromptRule: JunkRule = {
  name: 'share-prompts',
  kind: 'share',
  remove(root, context) {
    return removeElements(
      this,
      root,
      [
        ...findByText(root, 'p, div, span, strong, h2, h3, h4, h5, h6, li', sharePrompt, 15),
        ...findByText(root, 'p, div, span, strong, li', localShareLabel, 2),
      ],
      context,
    );
  },
};
